package id.kinerja.commons.inbox;

import id.kinerja.events.EventCodec;
import id.kinerja.events.EventEnvelope;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import id.kinerja.commons.retry.Backoff;
import id.kinerja.commons.retry.TransientFailures;
import io.quarkus.logging.Log;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Base of every Kafka consumer: decodes the envelope (a malformed one is rejected, and the caller sends it to
 * the dead-letter topic with the reason, see {@link id.kinerja.commons.deadletter.DeadLetters}), then applies it and records
 * its id in one transaction, so a redelivered event is skipped and a failed one leaves nothing behind.
 * Projections must still be "upsert if newer" by aggregate version, so late or replayed events never
 * overwrite newer state.
 */
public abstract class IdempotentConsumer {

    @Inject
    ProcessedEventGuard guard;
    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "kinerja.consumer.retry.initial-backoff", defaultValue = "200ms")
    Duration retryInitial;
    @ConfigProperty(name = "kinerja.consumer.retry.max-backoff", defaultValue = "30s")
    Duration retryMax;

    private Counter applied;
    private Counter duplicates;
    private Counter retries;
    private Counter deadLettered;

    /** Name under which processed event ids are recorded; one per consumer of a topic. */
    protected abstract String consumerName();

    /** Applies one event to the read models; runs inside the transaction. Unknown types are ignored. */
    protected abstract void apply(EventEnvelope event);

    @Inject
    Tracer tracer;

    @PostConstruct
    void meters() {
        applied = registry.counter("kinerja.events.applied", "consumer", consumerName());
        duplicates = registry.counter("kinerja.events.duplicates", "consumer", consumerName());
        retries = registry.counter("kinerja.events.retries", "consumer", consumerName());
        deadLettered = registry.counter("kinerja.events.dead.lettered", "consumer", consumerName());
    }

    /** A record as it came from Kafka: where it was (for the dead-letter headers), its key and value. */
    public record Inbound(String topic, int partition, long offset, String key, String value, String traceParent) {

        public Inbound(String topic, int partition, long offset, String key, String value) {
            this(topic, partition, offset, key, value, null);
        }

        public static Inbound of(String key, String value) {
            return new Inbound(null, -1, -1, key, value);
        }
    }

    /** A record that can never be applied (undecodable or permanently invalid), for the dead-letter topic. */
    public record Rejected(String key, String value, RuntimeException reason, Inbound record) {
    }

    /** The name its processed event ids and dead letters are recorded under. */
    public String name() {
        return consumerName();
    }

    public List<Rejected> processAll(List<Map.Entry<String, String>> records) {
        return processRecords(records.stream().map(r -> Inbound.of(r.getKey(), r.getValue())).toList());
    }

    /**
     * Applies a batch of records in one transaction (a commit per event would bound throughput by commit
     * latency). If the batch fails, each record is applied in its own transaction, in order: a transient
     * failure (database down, lock or serialization conflict, timeout) is retried with exponential backoff
     * until it passes, so the partition waits instead of skipping; only records that fail for good are
     * returned, for the caller to dead-letter. Every other record is applied exactly once either way.
     */
    public List<Rejected> processRecords(List<Inbound> records) {
        Span span = ConsumerSpans.start(tracer, consumerName(), records);
        try (Scope current = span.makeCurrent()) {
            return processRecordsInSpan(records);
        } finally {
            span.end();
        }
    }

    private List<Rejected> processRecordsInSpan(List<Inbound> records) {
        try {
            int fresh = QuarkusTransaction.requiringNew().call(() -> processBatch(records));
            // counted once committed: a batch that fails is counted by the one-by-one retry below instead
            applied.increment(fresh);
            duplicates.increment(records.size() - fresh);
            return List.of();
        } catch (RuntimeException batchFailed) {
            List<Rejected> rejected = new ArrayList<>();
            for (Inbound record : records) {
                RuntimeException failure = processWithRetry(record);
                if (failure != null) {
                    rejected.add(new Rejected(record.key(), record.value(), failure, record));
                    deadLettered.increment();
                }
            }
            return rejected;
        }
    }

    /** Applies one record, retrying transient failures; returns the permanent failure, or null once applied. */
    private RuntimeException processWithRetry(Inbound record) {
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> process(record.value()));
                return null;
            } catch (RuntimeException e) {
                if (!TransientFailures.isTransient(e)) {
                    return e;
                }
                retries.increment();
                Backoff backoff = new Backoff(retryInitial, retryMax);
                Log.warnf("%s: transient failure at %s-%d@%d (attempt %d), retrying in %d ms: %s", consumerName(),
                        record.topic(), record.partition(), record.offset(), attempt, backoff.delay(attempt).toMillis(),
                        e);
                backoff.await(attempt);
            }
        }
    }

    /**
     * One transaction: decode every record (a malformed one fails the batch), record all their ids with one
     * statement, then apply the first deliveries together. A duplicate inside the batch counts once. Returns how
     * many were first deliveries.
     */
    private int processBatch(List<Inbound> records) {
        List<EventEnvelope> events = new ArrayList<>(records.size());
        for (Inbound record : records) {
            events.add(EventCodec.decode(record.value()));
        }
        java.util.Set<java.util.UUID> first = guard.firstDeliveries(consumerName(),
                events.stream().map(EventEnvelope::eventId).toList());
        List<EventEnvelope> fresh = events.stream().filter(e -> first.remove(e.eventId())).toList();
        applyAll(fresh);
        return fresh.size();
    }

    /** Applies first deliveries in order inside the transaction; projections override it with a bulk write. */
    protected void applyAll(List<EventEnvelope> events) {
        events.forEach(this::apply);
    }

    /** Processes a raw record value; returns false when the event had been processed before. */
    public boolean process(String json) {
        EventEnvelope event = EventCodec.decode(json);
        // the JSON logs of this event name it (with the trace id the messaging instrumentation adds)
        MDC.put("eventId", event.eventId().toString());
        MDC.put("tenant", event.tenant());
        try {
            boolean first = QuarkusTransaction.joiningExisting().call(() -> {
                if (!guard.firstDelivery(consumerName(), event.eventId())) {
                    return false;
                }
                apply(event);
                return true;
            });
            (first ? applied : duplicates).increment();
            return first;
        } finally {
            MDC.remove("eventId");
            MDC.remove("tenant");
        }
    }
}
