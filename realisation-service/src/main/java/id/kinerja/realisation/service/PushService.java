package id.kinerja.realisation.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.kinerja.commons.problem.ProblemException;
import id.kinerja.commons.security.Caller;
import id.kinerja.events.EventCodec;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Idempotency-Key handling around a push. A key belongs to the caller (token client or user) that sent it and
 * to one operation: the same caller, key, endpoint and body return the first result without doing anything;
 * the same key for another body or endpoint is a 409. Keys expire after {@code kinerja.idempotency.retention}.
 *
 * <p>The key is claimed first, in the push's own transaction ({@code INSERT ... ON CONFLICT}): a concurrent
 * request with the same key waits on that row until the first commits (then replays its result) or rolls
 * back (then runs itself). A result is remembered exactly when its data is written.
 */
@ApplicationScoped
public class PushService {

    static final int MAX_KEY_LENGTH = 255;

    @Inject
    EntityManager em;
    @Inject
    Caller caller;
    @Inject
    Instance<HttpServerRequest> request;
    @ConfigProperty(name = "kinerja.idempotency.retention", defaultValue = "P1D")
    Duration retention;

    public record Result(int status, String body, boolean replayed) {
    }

    @Transactional
    public Result push(String tenant, String key, String requestHash, boolean remember, Callable<BulkSummary> work)
            throws Exception {
        return push(tenant, key, requestHash, currentOperation(), remember, work);
    }

    /** {@code operation}: the method and path of the request that was accepted (an import job runs later). */
    @Transactional
    public Result push(String tenant, String key, String requestHash, String operation, boolean remember,
                       Callable<BulkSummary> work) throws Exception {
        if (key == null) {
            return new Result(200, json(work.call()), false);
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.badRequest("Idempotency-Key", "1 to " + MAX_KEY_LENGTH + " characters");
        }
        String hash = hash(requestHash.getBytes(StandardCharsets.UTF_8), operation);
        for (int attempt = 0; ; attempt++) {
            if (claim(tenant, key, operation, hash)) {
                break;
            }
            Result replay = replay(tenant, key, operation, hash);
            if (replay != null) {
                return replay;
            }
            if (attempt > 0) { // claimed and purged twice between two statements: not worth a third try
                throw ProblemException.conflict("Idempotency-Key '" + key + "' is being used concurrently; retry");
            }
        }
        String body = json(work.call());
        if (remember) {
            em.createNativeQuery("""
                            UPDATE idempotency_record SET status = 200, body = :b
                            WHERE tenant = :t AND caller = :c AND key = :k""")
                    .setParameter("b", body).setParameter("t", tenant).setParameter("c", caller.actor())
                    .setParameter("k", key).executeUpdate();
        }
        return new Result(200, body, false);
    }

    /**
     * True when this request owns the key now: it was free or expired. Waits while another transaction holds
     * an uncommitted claim of the same key.
     */
    private boolean claim(String tenant, String key, String operation, String hash) {
        Instant now = Instant.now();
        return em.createNativeQuery("""
                        INSERT INTO idempotency_record (tenant, caller, key, operation, request_hash, status, body, created_at)
                        VALUES (:t, :c, :k, :op, :h, 0, '', :at)
                        ON CONFLICT (tenant, caller, key) DO UPDATE SET operation = EXCLUDED.operation,
                            request_hash = EXCLUDED.request_hash, status = 0, body = '', created_at = EXCLUDED.created_at
                        WHERE idempotency_record.created_at < :expired""")
                .setParameter("t", tenant).setParameter("c", caller.actor()).setParameter("k", key)
                .setParameter("op", operation).setParameter("h", hash).setParameter("at", Timestamp.from(now))
                .setParameter("expired", Timestamp.from(now.minus(retention)))
                .executeUpdate() == 1;
    }

    private Result replay(String tenant, String key, String operation, String hash) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("""
                        SELECT request_hash, status, body, operation FROM idempotency_record
                        WHERE tenant = :t AND caller = :c AND key = :k""")
                .setParameter("t", tenant).setParameter("c", caller.actor()).setParameter("k", key).getResultList();
        if (found.isEmpty()) {
            return null;
        }
        Object[] stored = found.get(0);
        if (!stored[0].equals(hash)) {
            throw ProblemException.conflict("Idempotency-Key '" + key + "' was used for a different request"
                    + (operation.equals(stored[3]) ? "" : " (" + stored[3] + ")") + "; use a new key for new data");
        }
        return new Result(((Number) stored[1]).intValue(), (String) stored[2], true);
    }

    /** Method and path of the current request: a key reused on another endpoint is another request. */
    public String currentOperation() {
        if (request.isResolvable()) {
            try {
                HttpServerRequest current = request.get();
                return current.method().name() + " " + current.path();
            } catch (RuntimeException e) {
                // not in an HTTP request (a direct call): the body hash alone identifies the request
            }
        }
        return "";
    }

    public static String hash(byte[] body, String... parts) {
        MessageDigest digest = sha256();
        digest.update(body);
        return hash(digest, parts);
    }

    /** The same hash as {@link #hash(byte[], String...)} of a body that was fed to {@code digest} piece by piece. */
    public static String hash(MessageDigest digest, String... parts) {
        for (String part : parts) {
            digest.update((byte) 0x1f);
            digest.update(part == null ? new byte[]{0} : part.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(BulkSummary summary) {
        try {
            return EventCodec.mapper().writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
