package id.kinerja.reporting.snapshot;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Transaction-scoped advisory locks by name (released at commit or rollback). */
public final class Locks {

    private Locks() {
    }

    public static void lock(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
            s.setString(1, name);
            s.execute();
        }
    }
}
