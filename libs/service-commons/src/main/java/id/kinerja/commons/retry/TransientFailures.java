package id.kinerja.commons.retry;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Tells a failure that may pass by itself (the database restarting, a lock or serialization conflict, a
 * timeout) from one that will fail the same way every time (an undecodable record, a constraint the event
 * breaks, a bug). A consumer retries the first kind with backoff and dead-letters only the second.
 */
public final class TransientFailures {

    /** SQLSTATE classes and codes that are about the moment, not the data (PostgreSQL appendix A). */
    private static final Set<String> TRANSIENT_CLASSES = Set.of(
            "08", // connection exception
            "40", // transaction rollback: serialization failure 40001, deadlock 40P01
            "53", // insufficient resources: too many connections, out of memory, disk full
            "57"); // operator intervention: admin shutdown, crash shutdown, cannot connect now, query canceled
    private static final Set<String> TRANSIENT_STATES = Set.of(
            "55P03", // lock not available
            "55006"); // object in use

    /** Exception class names from libraries this module does not depend on, matched by simple name. */
    private static final Set<String> TRANSIENT_TYPES = Set.of(
            "JDBCConnectionException", "LockAcquisitionException", "PessimisticLockException", "LockTimeoutException",
            "QueryTimeoutException", "OptimisticLockException", "CannotAcquireLockException",
            "TransactionRolledbackException");

    private TransientFailures() {
    }

    /** True if the failure, or anything in its cause chain, is worth retrying. */
    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (isTransientItself(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransientItself(Throwable t) {
        if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                || t instanceof ConnectException || t instanceof SocketTimeoutException
                || t instanceof TimeoutException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && state.length() == 5) {
                return TRANSIENT_CLASSES.contains(state.substring(0, 2)) || TRANSIENT_STATES.contains(state);
            }
            // the connection pool (Agroal) reports an exhausted pool or an unreachable server without a state
            String message = String.valueOf(sql.getMessage()).toLowerCase();
            return message.contains("acquisition timeout") || message.contains("connection")
                    || message.contains("i/o error");
        }
        return TRANSIENT_TYPES.contains(t.getClass().getSimpleName());
    }
}
