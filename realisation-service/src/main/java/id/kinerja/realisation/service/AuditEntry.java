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
                insert.setString(8, e.oldValue() == null ? null : EventCodec.toTree(e.oldValue()).toString());
                insert.setString(9, e.newValue() == null ? null : EventCodec.toTree(e.newValue()).toString());
                insert.setString(10, e.reason());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
