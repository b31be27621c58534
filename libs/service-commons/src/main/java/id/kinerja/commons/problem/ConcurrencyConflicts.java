package id.kinerja.commons.problem;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Database refusals that only a race between two requests produces (a unique key both tried to create, a
 * deadlock, a serialisation failure) are a 409 the client may retry, never a 500. The services avoid most of
 * them by serialising writers; this is the safety net for the rest.
 */
public final class ConcurrencyConflicts {

    /** Seconds a client waits before retrying a request that lost a race. */
    public static final int RETRY_AFTER_SECONDS = 1;

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String DEADLOCK = "40P01";

    private ConcurrencyConflicts() {
    }

    /** The 409 for a failure caused by a concurrent request, if that is what it is. */
    public static Optional<Problem> of(Throwable failure, String path) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (SQLException sql = t instanceof SQLException s ? s : null; sql != null; sql = sql.getNextException()) {
                String state = sql.getSQLState();
                if (UNIQUE_VIOLATION.equals(state)) {
                    return Optional.of(conflict("a concurrent request wrote the same record first; read it and"
                            + " retry if still needed", path));
                }
                if (SERIALIZATION_FAILURE.equals(state) || DEADLOCK.equals(state)) {
                    return Optional.of(conflict("the request collided with a concurrent one and was rolled back;"
                            + " nothing was written, retry it", path));
                }
            }
        }
        return Optional.empty();
    }

    private static Problem conflict(String detail, String path) {
        return new Problem("https://kinerja.id/problems/409", "Conflict", 409, detail, path, List.of());
    }
}
