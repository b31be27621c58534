package id.kinerja.reporting.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The table of rendered files ({@code rendered_document}) and the figures version they were rendered from. */
@ApplicationScoped
public class RenderedDocuments {

    @Inject
    DataSource dataSource;

    /** A figures version: its number, when it was computed, its digest. */
    public record Version(long number, Instant computedAt, String digest) {
    }

    public record Key(String tenant, String agency, int year, String document, Format format) {
        @Override
        public String toString() {
            return tenant + "/" + agency + "/" + year + " " + document + "." + format.extension();
        }
    }

    public Optional<Version> version(String tenant, String agency, int year, long version) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT computed_at, digest FROM figure_version WHERE tenant = ? AND agency = ? AND year = ? "
                        + "AND version = ?")) {
            q.setString(1, tenant);
            q.setString(2, agency);
            q.setInt(3, year);
            q.setLong(4, version);
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? Optional.of(new Version(version, r.getTimestamp(1).toInstant(), r.getString(2)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stored file of the key at the version, if it was rendered from these very figures. */
    public Optional<byte[]> find(Key key, Version version) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT content FROM rendered_document WHERE tenant = ? AND agency = ? AND year = ? AND document = ? "
                        + "AND format = ? AND figures_version = ? AND figures_digest = ?")) {
            bind(q, key, version);
            q.setString(7, version.digest());
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? Optional.of(r.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stores (or replaces, when the figures under the version number changed) a rendered file. */
    public void store(Key key, Version version, byte[] content, long renderMillis) {
        try (Connection c = dataSource.getConnection(); PreparedStatement u = c.prepareStatement("""
                INSERT INTO rendered_document (tenant, agency, year, document, format, figures_version, figures_digest,
                  content, size_bytes, render_ms, rendered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (tenant, agency, year, document, format, figures_version) DO UPDATE SET
                  figures_digest = EXCLUDED.figures_digest, content = EXCLUDED.content,
                  size_bytes = EXCLUDED.size_bytes, render_ms = EXCLUDED.render_ms, rendered_at = EXCLUDED.rendered_at
                """)) {
            bind(u, key, version);
            u.setString(7, version.digest());
            u.setBytes(8, content);
            u.setInt(9, content.length);
            u.setInt(10, (int) renderMillis);
            u.setTimestamp(11, Timestamp.from(Instant.now()));
            u.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether any document of the agency-year was ever rendered (someone reads its documents). */
    public boolean anyRendered(String tenant, String agency, int year) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT 1 FROM rendered_document WHERE tenant = ? AND agency = ? AND year = ? LIMIT 1")) {
            q.setString(1, tenant);
            q.setString(2, agency);
            q.setInt(3, year);
            try (ResultSet r = q.executeQuery()) {
                return r.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(PreparedStatement q, Key key, Version version) throws SQLException {
        q.setString(1, key.tenant());
        q.setString(2, key.agency());
        q.setInt(3, key.year());
        q.setString(4, key.document());
        q.setString(5, key.format().extension());
        q.setLong(6, version.number());
    }
}
