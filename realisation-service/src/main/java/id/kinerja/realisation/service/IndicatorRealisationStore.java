package id.kinerja.realisation.service;

import id.kinerja.events.Numbers;
import id.kinerja.commons.outbox.OutboxWriter;
import id.kinerja.commons.problem.ProblemException;
import id.kinerja.events.EventCatalog;
import id.kinerja.events.EventEnvelope;
import id.kinerja.events.EventPeriod;
import id.kinerja.events.Uuids;
import id.kinerja.events.realisation.IndicatorRealisationPayload;
import id.kinerja.events.realisation.RealisationStatus;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import id.kinerja.realisation.service.IndicatorRealisationImporter.Candidate;
import id.kinerja.realisation.service.IndicatorRealisationImporter.Existing;

import static id.kinerja.realisation.service.IndicatorRealisationImporter.key;

/**
 * JDBC for the importer's hot path: load existing rows by key, insert (COPY when the chunk is large enough,
 * else a prepared batch) and update, then the audit lines and outbox events, in the chunk's transaction.
 */
final class IndicatorRealisationStore {

    private IndicatorRealisationStore() {
    }

    static Map<String, Existing> load(Connection c, String tenant, List<Candidate> chunk) throws SQLException {
        String sql = """
                SELECT r.id, r.version, r.agency_code, r.indicator_code, r.year, r.quarter, r.value, r.numerator,
                       r.denominator, r.category, r.provisional, r.final_data_expected, r.data_source,
                       r.driving_factors, r.inhibiting_factors, r.follow_up, r.status, r.status_comment,
                       r.updated_by
                FROM indicator_realisation r
                JOIN unnest(?, ?, ?, ?) AS k(agency, indicator, year, quarter)
                  ON r.agency_code = k.agency AND r.indicator_code = k.indicator AND r.year = k.year
                 AND COALESCE(r.quarter, 0) = k.quarter
                WHERE r.tenant = ?""";
        Map<String, Existing> found = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement(sql)) {
            select.setArray(1, c.createArrayOf("varchar", chunk.stream().map(x -> x.state().agencyCode()).toArray()));
            select.setArray(2, c.createArrayOf("varchar", chunk.stream().map(x -> x.state().indicatorCode()).toArray()));
            select.setArray(3, c.createArrayOf("int4", chunk.stream().map(x -> x.state().year()).toArray()));
            select.setArray(4, c.createArrayOf("int4", chunk.stream()
                    .map(x -> x.state().quarter() == null ? 0 : x.state().quarter()).toArray()));
            select.setString(5, tenant);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Existing e = read(rs);
                    found.put(key(e.state().agencyCode(), e.state().indicatorCode(), e.state().year(),
                            e.state().quarter()), e);
                }
            }
        }
        return found;
    }

    static Existing read(ResultSet rs) throws SQLException {
        Date expected = rs.getDate("final_data_expected");
        int quarter = rs.getInt("quarter");
        Integer q = rs.wasNull() ? null : quarter;
        return new Existing((UUID) rs.getObject("id"), rs.getLong("version"),
                new IndicatorRealisationPayload(rs.getString("agency_code"), rs.getString("indicator_code"),
                        rs.getInt("year"), q, Numbers.norm(rs.getBigDecimal("value")),
                        Numbers.norm(rs.getBigDecimal("numerator")), Numbers.norm(rs.getBigDecimal("denominator")),
                        rs.getString("category"), rs.getBoolean("provisional"),
                        expected == null ? null : expected.toLocalDate(), rs.getString("data_source"),
                        rs.getString("driving_factors"), rs.getString("inhibiting_factors"),
                        rs.getString("follow_up"), RealisationStatus.valueOf(rs.getString("status")),
                        rs.getString("status_comment"), rs.getString("updated_by")));
    }

    static void write(Connection c, String tenant, List<Candidate> inserts, List<Candidate> updates,
                      Map<String, Existing> existing, OutboxWriter outbox) throws SQLException {
        List<AuditEntry> audit = new ArrayList<>();
        List<EventEnvelope> events = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        if (inserts.size() >= CopyRows.WORTH_IT) {
            CopyRows rows = new CopyRows();
            String at = now.toInstant().toString();
            for (Candidate cand : inserts) {
                UUID id = Uuids.v7();
                IndicatorRealisationPayload s = cand.state();
                rows.add(id).add(tenant).add(s.agencyCode()).add(s.indicatorCode()).add(s.year()).add(s.quarter())
                        .add(s.value()).add(s.numerator()).add(s.denominator()).add(s.category())
                        .add(s.provisional()).add(s.finalDataExpected()).add(s.dataSource())
                        .add(s.drivingFactors()).add(s.inhibitingFactors()).add(s.followUp())
                        .add(s.status().name()).add(null).add(1).add(at).add(s.updatedBy()).end();
                audit.add(new AuditEntry(tenant, "indicator-realisation", id, 1, "CREATE", s.updatedBy(), null,
                        s, null));
                events.add(event(tenant, s, 1));
            }
            rows.copy(c, "indicator_realisation (id, tenant, agency_code, indicator_code, year, quarter, value,"
                    + " numerator, denominator, category, provisional, final_data_expected, data_source,"
                    + " driving_factors, inhibiting_factors, follow_up, status, status_comment, version,"
                    + " updated_at, updated_by)");
        } else if (!inserts.isEmpty()) {
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO indicator_realisation (id, tenant, agency_code, indicator_code, year, quarter, value,
                        numerator, denominator, category, provisional, final_data_expected, data_source,
                        driving_factors, inhibiting_factors, follow_up, status, status_comment, version,
                        updated_at, updated_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 1, ?, ?)""")) {
                for (Candidate cand : inserts) {
                    UUID id = Uuids.v7();
                    IndicatorRealisationPayload s = cand.state();
                    insert.setObject(1, id);
                    insert.setString(2, tenant);
                    insert.setString(3, s.agencyCode());
                    insert.setString(4, s.indicatorCode());
                    insert.setInt(5, s.year());
                    setQuarter(insert, 6, s.quarter());
                    bindContent(insert, 7, s);
                    insert.setString(17, s.status().name());
                    insert.setTimestamp(18, now);
                    insert.setString(19, s.updatedBy());
                    insert.addBatch();
                    audit.add(new AuditEntry(tenant, "indicator-realisation", id, 1, "CREATE", s.updatedBy(), null,
                            s, null));
                    events.add(event(tenant, s, 1));
                }
                insert.executeBatch();
            }
        }
        if (!updates.isEmpty()) {
            try (PreparedStatement update = c.prepareStatement("""
                    UPDATE indicator_realisation SET value = ?, numerator = ?, denominator = ?, category = ?,
                        provisional = ?, final_data_expected = ?, data_source = ?, driving_factors = ?,
                        inhibiting_factors = ?, follow_up = ?, status = ?, status_comment = NULL,
                        version = version + 1, updated_at = ?, updated_by = ?
                    WHERE id = ? AND version = ?""")) {
                for (Candidate cand : updates) {
                    Existing old = existing.get(cand.key());
                    IndicatorRealisationPayload s = cand.state();
                    bindContent(update, 1, s);
                    update.setString(11, s.status().name());
                    update.setTimestamp(12, now);
                    update.setString(13, s.updatedBy());
                    update.setObject(14, old.id());
                    update.setLong(15, old.version());
                    update.addBatch();
                    audit.add(new AuditEntry(tenant, "indicator-realisation", old.id(), old.version() + 1,
                            "CORRECT", s.updatedBy(), old.state(), s, null));
                    events.add(event(tenant, s, old.version() + 1));
                }
                for (int n : update.executeBatch()) {
                    if (n == 0) {
                        throw ProblemException.conflict("a realisation in this push was changed concurrently; retry");
                    }
                }
            }
        }
        AuditEntry.insert(c, audit);
        if (events.size() >= CopyRows.WORTH_IT) {
            CopyRows.outbox(c, events);
        } else if (!events.isEmpty()) {
            outbox.appendBatch(c, events);
        }
    }

    static EventEnvelope event(String tenant, IndicatorRealisationPayload s, long version) {
        return EventEnvelope.of(EventCatalog.REALISATION_UPSERTED, tenant,
                key(s.agencyCode(), s.indicatorCode(), s.year(), s.quarter()), version,
                new EventPeriod(s.year(), s.quarter()), s);
    }

    private static void bindContent(PreparedStatement p, int at, IndicatorRealisationPayload s)
            throws SQLException {
        p.setBigDecimal(at, s.value());
        p.setBigDecimal(at + 1, s.numerator());
        p.setBigDecimal(at + 2, s.denominator());
        p.setString(at + 3, s.category());
        p.setBoolean(at + 4, s.provisional());
        p.setDate(at + 5, s.finalDataExpected() == null ? null : Date.valueOf(s.finalDataExpected()));
        p.setString(at + 6, s.dataSource());
        p.setString(at + 7, s.drivingFactors());
        p.setString(at + 8, s.inhibitingFactors());
        p.setString(at + 9, s.followUp());
    }

    private static void setQuarter(PreparedStatement p, int at, Integer quarter) throws SQLException {
        if (quarter == null) {
            p.setNull(at, Types.SMALLINT);
        } else {
            p.setShort(at, quarter.shortValue());
        }
    }

}
