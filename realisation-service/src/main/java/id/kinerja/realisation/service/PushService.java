package id.kinerja.realisation.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.kinerja.commons.problem.ProblemException;
import id.kinerja.events.EventCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Idempotency-Key handling around a push: the same key with the same request returns the first result
 * without doing anything; the same key with a different request is a 409. The record is written in the
 * push's own transaction, so a result is remembered exactly when its data is.
 */
@ApplicationScoped
public class PushService {

    @Inject
    EntityManager em;

    public record Result(int status, String body, boolean replayed) {
    }

    @Transactional
    public Result push(String tenant, String key, String requestHash, boolean remember, Callable<BulkSummary> work)
            throws Exception {
        if (key != null) {
            @SuppressWarnings("unchecked")
            List<Object[]> found = em.createNativeQuery(
                            "SELECT request_hash, status, body FROM idempotency_record WHERE tenant = :t AND key = :k")
                    .setParameter("t", tenant).setParameter("k", key).getResultList();
            if (!found.isEmpty()) {
                Object[] stored = found.get(0);
                if (!stored[0].equals(requestHash)) {
                    throw ProblemException.conflict("Idempotency-Key '" + key
                            + "' was used for a different request; use a new key for new data");
                }
                return new Result(((Number) stored[1]).intValue(), (String) stored[2], true);
            }
        }
        BulkSummary summary = work.call();
        String body = json(summary);
        if (key != null && remember) {
            em.createNativeQuery("""
                            INSERT INTO idempotency_record (tenant, key, request_hash, status, body, created_at)
                            VALUES (:t, :k, :h, 200, :b, :at)""")
                    .setParameter("t", tenant).setParameter("k", key).setParameter("h", requestHash)
                    .setParameter("b", body).setParameter("at", Timestamp.from(Instant.now()))
                    .executeUpdate();
        }
        return new Result(200, body, false);
    }


    public static String hash(byte[] body, String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(body);
            for (String part : parts) {
                digest.update((byte) 0x1f);
                digest.update(part == null ? new byte[]{0} : part.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
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
