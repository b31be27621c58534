package id.kinerja.commons.outbox;

import id.kinerja.events.EventCatalog;
import id.kinerja.events.EventCodec;
import id.kinerja.events.EventEnvelope;
import id.kinerja.events.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;

/** Appends events to the outbox inside the caller's transaction: the event exists iff the change commits. */
@ApplicationScoped
public class OutboxWriter {

    @Inject
    Event<OutboxAppended> appended;

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(EventEnvelope envelope) {
        EventType<?> type = EventCatalog.find(envelope.type())
                .orElseThrow(() -> new IllegalArgumentException("event type not in the catalog: " + envelope.type()));
        OutboxEvent row = new OutboxEvent();
        row.id = envelope.eventId();
        row.tenant = envelope.tenant();
        row.aggregateType = envelope.aggregateType();
        row.aggregateId = envelope.aggregateId();
        row.type = envelope.type();
        row.topic = type.topic();
        row.kafkaKey = envelope.kafkaKey();
        row.payload = EventCodec.encode(envelope);
        row.createdAt = Instant.now();
        row.nextAttemptAt = row.createdAt;
        row.persist();
        appended.fire(new OutboxAppended(1));
    }
}
