package id.kinerja.reporting.document.prose;

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

/** {@code lkjip_prose}: every version of an agency-year's prose; the latest (at an instant) is the one printed. */
@ApplicationScoped
public class ProseStore {

    @Inject
    DataSource dataSource;

    /** The version in force at {@code at} (null: now). */
    public Prose at(String tenant, String agency, int year, Instant at) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement("SELECT version, "
                + "kata_pengantar, ikhtisar_eksekutif, konteks_strategis, penutup, updated_by, updated_at FROM "
                + "lkjip_prose WHERE tenant = ? AND agency = ? AND year = ? AND updated_at <= ? "
                + "ORDER BY version DESC LIMIT 1")) {
            q.setString(1, tenant);
            q.setString(2, agency);
            q.setInt(3, year);
            q.setTimestamp(4, Timestamp.from(at == null ? Instant.now().plusSeconds(60) : at));
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? new Prose(r.getInt(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), r.getString(6), r.getTimestamp(7).toInstant()) : Prose.NONE;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stores the text as the next version unless it equals the current one; the version now in force. */
    public Optional<Prose> put(String tenant, String agency, int year, Prose in, String by) {
        Prose current = at(tenant, agency, year, null);
        if (current.version() > 0 && same(current, in)) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection(); PreparedStatement u = c.prepareStatement("INSERT INTO "
                + "lkjip_prose (tenant, agency, year, version, kata_pengantar, ikhtisar_eksekutif, konteks_strategis, "
                + "penutup, updated_by, updated_at) VALUES (?, ?, ?, (SELECT COALESCE(MAX(version), 0) + 1 FROM "
                + "lkjip_prose WHERE tenant = ? AND agency = ? AND year = ?), ?, ?, ?, ?, ?, ?) RETURNING version")) {
            u.setString(1, tenant);
            u.setString(2, agency);
            u.setInt(3, year);
            u.setString(4, tenant);
            u.setString(5, agency);
            u.setInt(6, year);
            u.setString(7, in.kataPengantar());
            u.setString(8, in.ikhtisarEksekutif());
            u.setString(9, in.konteksStrategis());
            u.setString(10, in.penutup());
            u.setString(11, by);
            u.setTimestamp(12, Timestamp.from(now));
            try (ResultSet r = u.executeQuery()) {
                r.next();
                return Optional.of(new Prose(r.getInt(1), in.kataPengantar(), in.ikhtisarEksekutif(),
                        in.konteksStrategis(), in.penutup(), by, now));
            }
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) { // two writes at once took the same version number
                throw id.kinerja.commons.problem.ProblemException.conflict("the prose was changed at the same time; "
                        + "read it again and retry");
            }
            throw new IllegalStateException(e);
        }
    }

    private static boolean same(Prose a, Prose b) {
        return java.util.Objects.equals(a.kataPengantar(), b.kataPengantar())
                && java.util.Objects.equals(a.ikhtisarEksekutif(), b.ikhtisarEksekutif())
                && java.util.Objects.equals(a.konteksStrategis(), b.konteksStrategis())
                && java.util.Objects.equals(a.penutup(), b.penutup());
    }
}
