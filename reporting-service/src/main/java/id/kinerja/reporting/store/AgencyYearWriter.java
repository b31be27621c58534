package id.kinerja.reporting.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.reporting.snapshot.AgencyYearSnapshot;
import id.kinerja.reporting.snapshot.SnapshotLoader;
import id.kinerja.reporting.snapshot.Stored;
import id.kinerja.reporting.snapshot.Tables;
import id.kinerja.reporting.snapshot.Locks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Recomputes one agency-year and stores it as a new figures version when anything changed: the snapshot is
 * loaded under a transaction-scoped lock of the agency-year, so two batches touching it one after the other
 * compute from what the first committed.
 */
@ApplicationScoped
public class AgencyYearWriter {

    @Inject
    SnapshotLoader loader;
    @Inject
    ObjectMapper json;

    /** True when a new version was stored. */
    public boolean recompute(Connection c, Tables tables, String tenant, String agency, int year, List<String> causes,
                             Instant now) throws SQLException {
        Locks.lock(c, tables.prefix() + "agency/" + tenant + "/" + agency + "/" + year);
        AgencyYearSnapshot snapshot = loader.load(tables, tenant, agency, year);
        Map<FigureTable, List<FigureRow>> rows = ComputedFigures.of(snapshot, json, now);
        boolean hasFigures = snapshot.renstra() != null;
        StringBuilder all = new StringBuilder(String.valueOf(hasFigures));
        rows.values().forEach(list -> list.forEach(r -> all.append(r.digest())));
        String digest = FigureRow.digest(all.toString());
        long current = 0;
        String currentDigest = null;
        try (PreparedStatement s = c.prepareStatement("SELECT version, digest FROM " + tables.figureVersion()
                + " WHERE tenant = ? AND agency = ? AND year = ? AND superseded_at IS NULL")) {
            s.setString(1, tenant);
            s.setString(2, agency);
            s.setInt(3, year);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    current = rs.getLong(1);
                    currentDigest = rs.getString(2);
                }
            }
        }
        if (digest.equals(currentDigest) || (current == 0 && !hasFigures && rows.get(FigureTable.FINDING).isEmpty())) {
            return false;
        }
        long version = current + 1;
        try (PreparedStatement close = c.prepareStatement("UPDATE " + tables.figureVersion() + " SET superseded_at = ? "
                + "WHERE tenant = ? AND agency = ? AND year = ? AND superseded_at IS NULL")) {
            close.setTimestamp(1, Timestamp.from(now));
            close.setString(2, tenant);
            close.setString(3, agency);
            close.setInt(4, year);
            close.executeUpdate();
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + tables.figureVersion() + " (tenant, agency, "
                + "year, version, computed_at, has_figures, digest, rules_version, causes, inputs) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, tenant);
            insert.setString(2, agency);
            insert.setInt(3, year);
            insert.setLong(4, version);
            insert.setTimestamp(5, Timestamp.from(now));
            insert.setBoolean(6, hasFigures);
            insert.setString(7, digest);
            Stored<?> rules = snapshot.rulesInForce();
            insert.setObject(8, rules == null ? null : rules.version(), java.sql.Types.BIGINT);
            insert.setString(9, write(causes));
            insert.setString(10, write(snapshot.inputVersions()));
            insert.executeUpdate();
        }
        VersionedRows.Key key = new VersionedRows.Key(tenant, agency, year);
        for (FigureTable table : FigureTable.values()) {
            VersionedRows.write(c, table.in(tables), table.columns(), key, version, rows.get(table));
        }
        return true;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
