package id.kinerja.realisation.service;

import id.kinerja.events.EventCodec;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One line of the audit trail: who changed which record to which version, from what, to what, and why. */
public record AuditEntry(String tenant, String recordType, UUID recordId, long version, String action, String actor,
                         Object oldValue, Object newValue, String reason) {

    public static void insert(Connection connection, List<AuditEntry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        if (entries.size() >= CopyRows.WORTH_IT) {
            CopyRows rows = new CopyRows();
            String now = Instant.now().toString();
            for (AuditEntry e : entries) {
                rows.add(e.tenant()).add(e.recordType()).add(e.recordId()).add(e.version()).add(e.action())
                        .add(e.actor()).add(now).add(json(e.oldValue())).add(json(e.newValue())).add(e.reason()).end();
            }
            rows.copy(connection, "audit_entry (tenant, record_type, record_id, version, action, actor, at, old_value,"
                    + " new_value, reason)");
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO audit_entry (tenant, record_type, record_id, version, action, actor, at, old_value,
                                         new_value, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?)""")) {
            Timestamp now = Timestamp.from(Instant.now());
            for (AuditEntry e : entries) {
                insert.setString(1, e.tenant());
                insert.setString(2, e.recordType());
                insert.setObject(3, e.recordId());
                insert.setLong(4, e.version());
                insert.setString(5, e.action());
                insert.setString(6, e.actor());
                insert.setTimestamp(7, now);
                insert.setString(8, json(e.oldValue()));
                insert.setString(9, json(e.newValue()));
                insert.setString(10, e.reason());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Written straight to text (no tree in between): jsonb stores the same document either way. */
    private static String json(Object value) {
        try {
            return value == null ? null : EventCodec.mapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
