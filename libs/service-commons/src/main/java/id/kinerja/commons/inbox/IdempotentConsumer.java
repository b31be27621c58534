package id.kinerja.commons.inbox;

import id.kinerja.events.EventCodec;
import id.kinerja.events.EventEnvelope;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Base of every Kafka consumer: decodes the envelope (a malformed one throws, and the channel's
 * dead-letter strategy sends it to the dead-letter topic with the reason), then applies it and records
 * its id in one transaction, so a redelivered event is skipped and a failed one leaves nothing behind.
 * Projections must still be "upsert if newer" by aggregate version, so late or replayed events never
 * overwrite newer state.
 */
public abstract class IdempotentConsumer {

    @Inject
    ProcessedEventGuard guard;
    @Inject
    MeterRegistry registry;

    private Counter applied;
    private Counter duplicates;

    /** Name under which processed event ids are recorded; one per consumer of a topic. */
    protected abstract String consumerName();

    /** Applies one event to the read models; runs inside the transaction. Unknown types are ignored. */
    protected abstract void apply(EventEnvelope event);

    @PostConstruct
    void meters() {
        applied = registry.counter("kinerja.events.applied", "consumer", consumerName());
        duplicates = registry.counter("kinerja.events.duplicates", "consumer", consumerName());
    }

    /** A record value that could not be applied, with the reason, for the dead-letter topic. */
    public record Rejected(String key, String value, RuntimeException reason) {
    }

    /**
     * Applies a batch of records in one transaction (a commit per event would bound throughput by commit
     * latency). If the batch fails, each record is applied in its own transaction so only the faulty ones are
     * returned, for the caller to dead-letter; the others are applied exactly once either way.
     */
    public List<Rejected> processAll(List<Map.Entry<String, String>> records) {
        try {
            int fresh = QuarkusTransaction.requiringNew().call(() -> processBatch(records));
            // counted once committed: a batch that fails is counted by the one-by-one retry below instead
            applied.increment(fresh);
            duplicates.increment(records.size() - fresh);
            return List.of();
        } catch (RuntimeException batchFailed) {
            List<Rejected> rejected = new ArrayList<>();
            for (Map.Entry<String, String> record : records) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> process(record.getValue()));
                } catch (RuntimeException e) {
                    rejected.add(new Rejected(record.getKey(), record.getValue(), e));
                }
            }
            return rejected;
        }
    }

    /**
     * One transaction: decode every record (a malformed one fails the batch), record all their ids with one
     * statement, then apply the first deliveries together. A duplicate inside the batch counts once. Returns how
     * many were first deliveries.
     */
    private int processBatch(List<Map.Entry<String, String>> records) {
        List<EventEnvelope> events = new ArrayList<>(records.size());
        for (Map.Entry<String, String> record : records) {
            events.add(EventCodec.decode(record.getValue()));
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
        boolean first = QuarkusTransaction.joiningExisting().call(() -> {
            if (!guard.firstDelivery(consumerName(), event.eventId())) {
                return false;
            }
            apply(event);
            return true;
        });
        (first ? applied : duplicates).increment();
        return first;
    }
}
