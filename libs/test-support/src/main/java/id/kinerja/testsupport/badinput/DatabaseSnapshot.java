package id.kinerja.testsupport.badinput;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Row count and a hash of the whole content of every table of a database, to show that a rejected request
 * wrote nothing. Left out: Flyway's history, the scheduled deadline check's last run, and the columns the outbox relay changes on its own after a
 * commit ({@code sent_at}, {@code attempts}, {@code next_attempt_at}, {@code last_error}): a row written by a
 * request still shows, only the relay's later bookkeeping on earlier rows does not.
 */
public final class DatabaseSnapshot {

    // monitoring_check: when reporting's scheduled deadline check last ran (a timer's bookkeeping, not a request's)
    private static final Set<String> SKIPPED_TABLES = Set.of("flyway_schema_history", "monitoring_check");
    private static final Set<String> RELAY_COLUMNS = Set.of("sent_at", "attempts", "next_attempt_at", "last_error");

    private final Map<String, String> tables;

    private DatabaseSnapshot(Map<String, String> tables) {
        this.tables = tables;
    }

    public static DatabaseSnapshot take(String jdbcUrl, String user, String password) {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password); Statement s = c.createStatement()) {
            Map<String, List<String>> columns = new TreeMap<>();
            try (ResultSet rs = s.executeQuery("""
                    SELECT table_name, column_name FROM information_schema.columns
                    WHERE table_schema = 'public' ORDER BY table_name, ordinal_position""")) {
                while (rs.next()) {
                    String table = rs.getString(1);
                    if (!SKIPPED_TABLES.contains(table) && !RELAY_COLUMNS.contains(rs.getString(2))) {
                        columns.computeIfAbsent(table, t -> new ArrayList<>()).add(rs.getString(2));
                    }
                }
            }
            Map<String, String> tables = new TreeMap<>();
            for (Map.Entry<String, List<String>> table : columns.entrySet()) {
                String row = "ROW(" + table.getValue().stream().map(col -> "t.\"" + col + "\"")
                        .collect(Collectors.joining(", ")) + ")::text";
                try (ResultSet rs = s.executeQuery("SELECT count(*), md5(coalesce(string_agg(md5(" + row
                        + "), '' ORDER BY md5(" + row + ")), '')) FROM \"" + table.getKey() + "\" t")) {
                    rs.next();
                    tables.put(table.getKey(), rs.getLong(1) + " rows, " + rs.getString(2));
                }
            }
            return new DatabaseSnapshot(tables);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot snapshot " + jdbcUrl, e);
        }
    }

    /**
     * A snapshot once background work (the outbox relay, consumers still applying an earlier test's events)
     * has settled: two snapshots half a second apart are equal, or 30 s have passed.
     */
    public static DatabaseSnapshot settled(java.util.function.Supplier<DatabaseSnapshot> take) {
        DatabaseSnapshot last = take.get();
        for (int i = 0; i < 60; i++) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return last;
            }
            DatabaseSnapshot next = take.get();
            if (next.equals(last)) {
                return next;
            }
            last = next;
        }
        return last;
    }

    public int tableCount() {
        return tables.size();
    }

    /** The tables whose rows differ, with both states; empty when nothing was written. */
    public Map<String, String> differencesTo(DatabaseSnapshot later) {
        Map<String, String> differences = new TreeMap<>();
        for (String table : later.tables.keySet()) {
            String before = tables.get(table);
            String after = later.tables.get(table);
            if (!after.equals(before)) {
                differences.put(table, before + " -> " + after);
            }
        }
        return differences;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DatabaseSnapshot s && s.tables.equals(tables);
    }

    @Override
    public int hashCode() {
        return tables.hashCode();
    }
}
