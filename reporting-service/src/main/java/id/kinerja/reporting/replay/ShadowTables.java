package id.kinerja.reporting.replay;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The read-model tables a replay rebuilds, and how: copies of them are created empty in the schema
 * {@value #SHADOW}, the replay writes there (its transactions put that schema first on the search path), and
 * at the end one transaction moves the old tables out and the rebuilt ones in. Readers keep reading the old
 * tables until that commit. Extending the replay to a new read-model table means adding it to {@link #TABLES}.
 */
public final class ShadowTables {

    public static final String SHADOW = "reporting_shadow";
    static final String RETIRED = "reporting_retired";

    /**
     * Every table built from events. {@code processed_event} first: consumers write it first in each transaction,
     * so locking it first lets the swap wait for them instead of deadlocking with them.
     */
    public static final List<String> TABLES = List.of(
            "processed_event", "tenant_view", "agency_view", "state_view", "approved_history");

    private ShadowTables() {
    }

    /** Empty copies (columns, defaults, constraints, indexes) of every table, in a fresh shadow schema. */
    static void prepare(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS " + SHADOW + " CASCADE");
            sql.execute("CREATE SCHEMA " + SHADOW);
            for (String table : TABLES) {
                sql.execute("CREATE TABLE " + SHADOW + "." + table + " (LIKE public." + table + " INCLUDING ALL)");
            }
        }
    }

    /**
     * Stops writers of the live tables (readers go on): from here until {@link #swap} commits, consumers wait, so
     * the topics' end offsets taken now cover everything the live tables hold.
     */
    static void holdWriters(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("SET LOCAL lock_timeout = '30s'");
            sql.execute("LOCK TABLE " + String.join(", ", TABLES.stream().map(t -> "public." + t).toList())
                    + " IN EXCLUSIVE MODE");
        }
    }

    /** Moves the rebuilt tables in, in the caller's transaction; readers wait only for these renames. */
    static void swap(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS " + RETIRED + " CASCADE");
            sql.execute("CREATE SCHEMA " + RETIRED);
            for (String table : TABLES) {
                sql.execute("ALTER TABLE public." + table + " SET SCHEMA " + RETIRED);
                sql.execute("ALTER TABLE " + SHADOW + "." + table + " SET SCHEMA public");
            }
            sql.execute("DROP SCHEMA " + RETIRED + " CASCADE");
            sql.execute("DROP SCHEMA " + SHADOW + " CASCADE");
        }
    }

    static void discard(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS " + SHADOW + " CASCADE");
        }
    }
}
