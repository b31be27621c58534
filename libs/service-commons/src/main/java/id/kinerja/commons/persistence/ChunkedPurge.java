package id.kinerja.commons.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Deletes the rows of a retention-bound table older than an instant, 10 000 at a time in transactions of their
 * own, so a purge of a large backlog never holds long locks against the writers of the same table.
 */
@ApplicationScoped
public class ChunkedPurge {

    static final int CHUNK = 10_000;

    @Inject
    EntityManager em;

    /** {@code table} and {@code column} are the caller's constants, never input. Returns the rows deleted. */
    public int deleteOlderThan(String table, String column, Instant before) {
        String sql = "DELETE FROM " + table + " WHERE ctid IN (SELECT ctid FROM " + table + " WHERE " + column
                + " < :before LIMIT " + CHUNK + ")";
        int total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(sql)
                    .setParameter("before", Timestamp.from(before))
                    .executeUpdate());
            total += deleted;
        } while (deleted == CHUNK);
        return total;
    }
}
