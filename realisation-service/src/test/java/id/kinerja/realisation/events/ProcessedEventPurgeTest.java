package id.kinerja.realisation.events;

import id.kinerja.commons.inbox.ProcessedEventPurge;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15, item 8: processed-event ids were kept for ever; ids past the retention are now purged. */
@QuarkusTest
class ProcessedEventPurgeTest {

    @Inject
    ProcessedEventPurge purge;
    @Inject
    EntityManager em;

    @Test
    void idsOlderThanTheRetentionArePurgedRecentOnesKept() {
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        record(old, Instant.now().minus(Duration.ofDays(8)));
        record(recent, Instant.now().minus(Duration.ofDays(6)));

        assertThat(purge.purge(Instant.now().minus(Duration.ofDays(7)))).isGreaterThanOrEqualTo(1);

        assertThat(exists(old)).isFalse();
        assertThat(exists(recent)).as("recent ids still recognise redeliveries").isTrue();
    }

    private void record(UUID id, Instant at) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "INSERT INTO processed_event (consumer, event_id, processed_at) VALUES ('test.purge', :id, :at)")
                .setParameter("id", id).setParameter("at", java.sql.Timestamp.from(at)).executeUpdate());
    }

    private boolean exists(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM processed_event WHERE event_id = :id").setParameter("id", id)
                .getSingleResult()).intValue() == 1);
    }
}
