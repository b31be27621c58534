package id.kinerja.realisation.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kinerja.commons.inbox.IdempotentConsumer;
import id.kinerja.events.EventCatalog;
import id.kinerja.events.EventCodec;
import id.kinerja.events.EventEnvelope;
import id.kinerja.events.EventFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, item 8: every consumer exception used to be dead-lettered, so a database hiccup made a read model
 * miss an event for good. Transient failures are now retried with backoff until they pass; only records that
 * fail the same way every time are returned for the dead-letter topic.
 */
@QuarkusTest
class ConsumerRetryTest {

    /** A consumer whose projection fails as told: a few transient failures, or a permanent one (no proxy: the test reads its maps). */
    @Singleton
    static class FlakyConsumer extends IdempotentConsumer {
        final Map<UUID, AtomicInteger> transientFailuresLeft = new ConcurrentHashMap<>();
        final Map<UUID, RuntimeException> permanent = new ConcurrentHashMap<>();
        final Map<UUID, AtomicInteger> applied = new ConcurrentHashMap<>();

        @Override
        protected String consumerName() {
            return "test.flaky";
        }

        @Override
        protected void apply(EventEnvelope event) {
            AtomicInteger left = transientFailuresLeft.get(event.eventId());
            if (left != null && left.getAndDecrement() > 0) {
                // what the pool reports while PostgreSQL restarts
                throw new IllegalStateException("projection failed",
                        new SQLTransientConnectionException("connection refused", "08001"));
            }
            RuntimeException failure = permanent.get(event.eventId());
            if (failure != null) {
                throw failure;
            }
            applied.computeIfAbsent(event.eventId(), id -> new AtomicInteger()).incrementAndGet();
        }
    }

    @Inject
    FlakyConsumer consumer;
    @Inject
    EntityManager em;

    static String event(UUID id) {
        return ((ObjectNode) EventCodec.readTree(EventFixtures.load(EventCatalog.AGENCY_UPSERTED)))
                .put("eventId", id.toString()).toString();
    }

    @Test
    void transientFailuresAreRetriedAndOnlyPermanentOnesAreRejected() {
        UUID flaky = UUID.randomUUID();
        UUID broken = UUID.randomUUID();
        UUID fine = UUID.randomUUID();
        consumer.transientFailuresLeft.put(flaky, new AtomicInteger(3));
        consumer.permanent.put(broken, new IllegalArgumentException("unknown agency level"));

        List<IdempotentConsumer.Rejected> rejected = consumer.processRecords(List.of(
                new IdempotentConsumer.Inbound("planning.events", 2, 40, "k1", event(flaky)),
                new IdempotentConsumer.Inbound("planning.events", 2, 41, "k2", "{not json"),
                new IdempotentConsumer.Inbound("planning.events", 2, 42, "k3", event(broken)),
                new IdempotentConsumer.Inbound("planning.events", 2, 43, "k4", event(fine))));

        // the flaky event waited out its three failures and was applied once, in its place
        assertThat(consumer.applied.get(flaky)).hasValue(1);
        assertThat(consumer.applied.get(fine)).hasValue(1);
        assertThat(rejected).extracting(r -> r.record().offset()).containsExactly(41L, 42L);
        assertThat(rejected.get(0).record().topic()).isEqualTo("planning.events");
        assertThat(processed(flaky)).isTrue();
        assertThat(processed(broken)).as("a rejected event is not recorded, so a re-drive applies it").isFalse();

        // a redelivery of the applied ones changes nothing
        assertThat(consumer.processRecords(List.of(
                new IdempotentConsumer.Inbound("planning.events", 2, 40, "k1", event(flaky))))).isEmpty();
        assertThat(consumer.applied.get(flaky)).hasValue(1);
    }

    private boolean processed(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM processed_event WHERE consumer = 'test.flaky' AND event_id = :id")
                .setParameter("id", id).getSingleResult()).intValue() == 1);
    }
}
