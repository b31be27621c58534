package id.kinerja.realisation;

import id.kinerja.realisation.service.IdempotencyPurge;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15, item 5: Idempotency-Key records expire; those past the retention (P1D) are purged, newer ones kept. */
@QuarkusTest
class IdempotencyPurgeTest {

    @Inject
    IdempotencyPurge purge;
    @Inject
    EntityManager em;

    @Test
    void keysOlderThanTheRetentionArePurgedRecentOnesKept() {
        String old = "old-" + UUID.randomUUID();
        String recent = "recent-" + UUID.randomUUID();
        record(old, Instant.now().minus(Duration.ofHours(25)));
        record(recent, Instant.now().minus(Duration.ofHours(23)));

        assertThat(purge.purge()).isGreaterThanOrEqualTo(1);

        assertThat(exists(old)).isFalse();
        assertThat(exists(recent)).isTrue();
    }

    void record(String key, Instant createdAt) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("INSERT INTO idempotency_record "
                        + "(tenant, caller, key, request_hash, status, body, created_at) "
                        + "VALUES ('purge-test', 'tester', :k, 'h', 200, '{}', :at)")
                .setParameter("k", key).setParameter("at", Timestamp.from(createdAt)).executeUpdate());
    }

    boolean exists(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM idempotency_record WHERE key = :k").setParameter("k", key)
                .getSingleResult()).intValue() == 1);
    }
}
