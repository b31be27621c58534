package id.kinerja.reporting.monitoring;

import id.kinerja.events.EventCatalog;
import id.kinerja.events.EventCodec;
import id.kinerja.events.EventEnvelope;
import id.kinerja.events.planning.ReportingCalendarPayload;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** The monitoring tables (V40__monitoring.sql), on the caller's connection and transaction. */
final class MonitoringStore {

    private MonitoringStore() {
    }

    /** Records when each realisation first reached a workflow step (the event's time; a redelivery changes nothing). */
    static void steps(Connection c, List<EventEnvelope> events) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO monitoring_step (tenant, aggregate_id, step, "
                + "first_at) VALUES (?, ?, ?, ?) ON CONFLICT (tenant, aggregate_id, step) DO UPDATE SET first_at = "
                + "EXCLUDED.first_at WHERE monitoring_step.first_at > EXCLUDED.first_at")) {
            int n = 0;
            for (EventEnvelope e : events) {
                boolean realisation = e.type().equals(EventCatalog.REALISATION_UPSERTED.name())
                        || e.type().equals(EventCatalog.BUDGET_REALISATION_UPSERTED.name());
                String status = e.payload().path("status").asText("");
                if (realisation && List.of("SUBMITTED", "VERIFIED", "APPROVED").contains(status)) {
                    insert.setString(1, e.tenant());
                    insert.setString(2, e.aggregateId());
                    insert.setString(3, status);
                    insert.setTimestamp(4, Timestamp.from(e.occurredAt()));
                    insert.addBatch();
                    n++;
                }
            }
            if (n > 0) {
                insert.executeBatch();
            }
        }
    }

    static Map<String, Map<ReportingCalendar.Step, Instant>> steps(Connection c, String tenant, String agency, int year)
            throws SQLException {
        Map<String, Map<ReportingCalendar.Step, Instant>> steps = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT m.aggregate_id, m.step, m.first_at FROM monitoring_step m "
                + "JOIN state_view v ON v.tenant = m.tenant AND v.aggregate_id = m.aggregate_id WHERE m.tenant = ? "
                + "AND v.agency_code = ? AND v.year = ? AND v.aggregate_type IN (?, ?)")) {
            s.setString(1, tenant);
            s.setString(2, agency);
            s.setInt(3, year);
            s.setString(4, EventCatalog.REALISATION_UPSERTED.aggregateType());
            s.setString(5, EventCatalog.BUDGET_REALISATION_UPSERTED.aggregateType());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    steps.computeIfAbsent(rs.getString(1), k -> new java.util.EnumMap<>(ReportingCalendar.Step.class))
                            .put(ReportingCalendar.Step.valueOf(rs.getString(2)), rs.getTimestamp(3).toInstant());
                }
            }
        }
        return steps;
    }

    /** The calendar planning published for the tenant, else the platform default. */
    static ReportingCalendarPayload calendar(Connection c, String tenant) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT CAST(payload AS text) FROM state_view WHERE tenant = ? "
                + "AND aggregate_type = ?")) {
            s.setString(1, tenant);
            s.setString(2, EventCatalog.CALENDAR_UPSERTED.aggregateType());
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    return EventCodec.mapper().readValue(rs.getString(1), ReportingCalendarPayload.class);
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("calendar state unreadable", e);
            }
        }
        return ReportingCalendarPayload.platformDefault(null);
    }

    /** Reported spending per quarter of the agency's earlier years. */
    static Map<Integer, SortedMap<Integer, BigDecimal>> earlierSpending(Connection c, String tenant, String agency,
                                                                        int year) throws SQLException {
        Map<Integer, SortedMap<Integer, BigDecimal>> spending = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT year, CAST(payload->>'quarter' AS int), "
                + "SUM(CAST(payload->>'amount' AS numeric)) FROM state_view WHERE tenant = ? AND agency_code = ? "
                + "AND aggregate_type = ? AND year < ? AND payload->>'status' IN ('SUBMITTED', 'VERIFIED', 'APPROVED') "
                + "GROUP BY 1, 2")) {
            s.setString(1, tenant);
            s.setString(2, agency);
            s.setString(3, EventCatalog.BUDGET_REALISATION_UPSERTED.aggregateType());
            s.setInt(4, year);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    spending.computeIfAbsent(rs.getInt(1), k -> new TreeMap<>()).put(rs.getInt(2), rs.getBigDecimal(3));
                }
            }
        }
        return spending;
    }

    static List<String> agencies(Connection c, String tenant) throws SQLException {
        List<String> agencies = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT code FROM agency_view WHERE tenant = ? UNION "
                + "SELECT DISTINCT agency_code FROM state_view WHERE tenant = ? AND aggregate_type = ? ORDER BY 1")) {
            s.setString(1, tenant);
            s.setString(2, tenant);
            s.setString(3, EventCatalog.RENSTRA_UPSERTED.aggregateType());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    agencies.add(rs.getString(1));
                }
            }
        }
        return agencies;
    }

    /** The due dates of the tenant's AKIP recommendations not yet DONE (any agency, any year). */
    static List<LocalDate> openRecommendationsDue(Connection c, String tenant) throws SQLException {
        List<LocalDate> due = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT CAST(r ->> 'dueDate' AS date) FROM state_view, "
                + "jsonb_array_elements(payload -> 'recommendations') r WHERE tenant = ? AND aggregate_type = ? "
                + "AND r ->> 'status' <> 'DONE' AND r ->> 'dueDate' IS NOT NULL")) {
            s.setString(1, tenant);
            s.setString(2, EventCatalog.EVALUATION_UPSERTED.aggregateType());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    due.add(rs.getDate(1).toLocalDate());
                }
            }
        }
        return due;
    }

    static List<String> tenants(Connection c) throws SQLException {
        List<String> tenants = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT code FROM tenant_view ORDER BY code");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                tenants.add(rs.getString(1));
            }
        }
        return tenants;
    }

    /**
     * Stores a document as the new current version of its row when its digest changed; {@code key} are the
     * key columns' values (tenant, agency, year or tenant, year). True when a version was written.
     */
    static boolean write(Connection c, String table, List<String> keyColumns, List<Object> key, String document,
                         Instant now) throws SQLException {
        String where = String.join(" = ? AND ", keyColumns) + " = ?";
        String digest = digest(document);
        long version = 0;
        try (PreparedStatement s = c.prepareStatement("SELECT version, digest FROM " + table + " WHERE " + where
                + " AND superseded_at IS NULL")) {
            bind(s, key, 1);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    if (rs.getString(2).equals(digest)) {
                        return false;
                    }
                    version = rs.getLong(1);
                }
            }
        }
        try (PreparedStatement close = c.prepareStatement("UPDATE " + table + " SET superseded_at = ? WHERE " + where
                + " AND superseded_at IS NULL")) {
            close.setTimestamp(1, Timestamp.from(now));
            bind(close, key, 2);
            close.executeUpdate();
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", keyColumns)
                + ", version, computed_at, digest, document) VALUES (" + "?, ".repeat(keyColumns.size()) + "?, ?, ?, ?)")) {
            int i = bind(insert, key, 1);
            insert.setLong(i++, version + 1);
            insert.setTimestamp(i++, Timestamp.from(now));
            insert.setString(i++, digest);
            insert.setString(i, document);
            insert.executeUpdate();
        }
        return true;
    }

    /** Current documents of a table for a tenant-year (agency rows) or tenants (pemda rows). */
    static List<String> current(Connection c, String sql, Object... params) throws SQLException {
        List<String> docs = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, List.of(params), 1);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    docs.add(rs.getString(1));
                }
            }
        }
        return docs;
    }

    /** Records an alert once; true when it is new (the caller then emits its event). */
    static boolean alert(Connection c, String tenant, String agency, int year, int quarter, String kind,
                         java.time.LocalDate deadline, Instant now) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO monitoring_alert (tenant, agency, year, quarter, "
                + "kind, deadline, emitted_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, tenant);
            insert.setString(2, agency);
            insert.setInt(3, year);
            insert.setInt(4, quarter);
            insert.setString(5, kind);
            insert.setObject(6, deadline);
            insert.setTimestamp(7, Timestamp.from(now));
            return insert.executeUpdate() == 1;
        }
    }

    static Optional<Instant> lastCheck(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT checked_at FROM monitoring_check WHERE id = 1");
             ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(rs.getTimestamp(1).toInstant()) : Optional.empty();
        }
    }

    static void checked(Connection c, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO monitoring_check (id, checked_at) VALUES (1, ?) "
                + "ON CONFLICT (id) DO UPDATE SET checked_at = EXCLUDED.checked_at")) {
            s.setTimestamp(1, Timestamp.from(now));
            s.executeUpdate();
        }
    }

    private static int bind(PreparedStatement s, List<Object> values, int from) throws SQLException {
        int i = from;
        for (Object v : values) {
            s.setObject(i++, v);
        }
        return i;
    }

    static String digest(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
