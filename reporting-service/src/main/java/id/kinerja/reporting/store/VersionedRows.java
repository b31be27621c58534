package id.kinerja.reporting.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a new version of an agency-year's rows into one figure table, touching only what changed: a row whose
 * digest differs (or that is gone) is closed at the new version, a changed or new row is inserted from it.
 * Unchanged rows stay valid across versions, so a version costs what it changed.
 */
final class VersionedRows {

    private VersionedRows() {
    }

    record Key(String tenant, String agency, int year) {
    }

    static void write(Connection c, String table, List<String> columns, Key key, long version, List<FigureRow> rows)
            throws SQLException {
        Map<String, String> current = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT fkey, digest FROM " + table
                + " WHERE tenant = ? AND agency = ? AND year = ? AND to_version IS NULL")) {
            bind(select, key);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    current.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        Set<String> kept = new HashSet<>();
        List<FigureRow> inserts = new java.util.ArrayList<>();
        for (FigureRow row : rows) {
            if (row.digest().equals(current.get(row.fkey()))) {
                kept.add(row.fkey());
            } else {
                inserts.add(row);
            }
        }
        try (PreparedStatement close = c.prepareStatement("UPDATE " + table + " SET to_version = ? WHERE tenant = ? "
                + "AND agency = ? AND year = ? AND fkey = ? AND to_version IS NULL")) {
            int n = 0;
            for (String fkey : current.keySet()) {
                if (!kept.contains(fkey)) {
                    close.setLong(1, version);
                    close.setString(2, key.tenant());
                    close.setString(3, key.agency());
                    close.setInt(4, key.year());
                    close.setString(5, fkey);
                    close.addBatch();
                    n++;
                }
            }
            if (n > 0) {
                close.executeBatch();
            }
        }
        if (inserts.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO " + table + " (tenant, agency, year, fkey, from_version, digest, "
                + String.join(", ", columns) + ") VALUES (?, ?, ?, ?, ?, ?" + ", ?".repeat(columns.size()) + ")";
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            for (FigureRow row : inserts) {
                bind(insert, key);
                insert.setString(4, row.fkey());
                insert.setLong(5, version);
                insert.setString(6, row.digest());
                for (int i = 0; i < columns.size(); i++) {
                    insert.setObject(7 + i, row.values().get(i));
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void bind(PreparedStatement s, Key key) throws SQLException {
        s.setString(1, key.tenant());
        s.setString(2, key.agency());
        s.setInt(3, key.year());
    }
}
