package id.kinerja.commons.outbox;

import id.kinerja.events.EventCatalog;
import id.kinerja.events.EventCodec;
import id.kinerja.events.EventEnvelope;
import id.kinerja.events.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

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
        row.traceParent = TraceParent.current();
        row.persist();
        appended.fire(new OutboxAppended(1));
    }

    /**
     * Appends many events with one JDBC batch on the caller's connection (bulk imports); the caller's
     * transaction commits them together with the change. Call {@link #appended(int)} once afterwards.
     */
    public void appendBatch(Connection connection, List<EventEnvelope> envelopes) throws SQLException {
        String sql = "INSERT INTO outbox_event (id, tenant, aggregatetype, aggregateid, type, topic, kafka_key, payload,"
                + " created_at, next_attempt_at, trace_parent) VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            Timestamp now = Timestamp.from(Instant.now());
            String trace = TraceParent.current();
            for (EventEnvelope envelope : envelopes) {
                EventType<?> type = EventCatalog.find(envelope.type()).orElseThrow(
                        () -> new IllegalArgumentException("event type not in the catalog: " + envelope.type()));
                insert.setObject(1, envelope.eventId());
                insert.setString(2, envelope.tenant());
                insert.setString(3, envelope.aggregateType());
                insert.setString(4, envelope.aggregateId());
                insert.setString(5, envelope.type());
                insert.setString(6, type.topic());
                insert.setString(7, envelope.kafkaKey());
                insert.setString(8, EventCodec.encode(envelope));
                insert.setTimestamp(9, now);
                insert.setTimestamp(10, now);
                insert.setString(11, trace);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Wakes the relay after commit for events appended with {@link #appendBatch}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appended(int count) {
        if (count > 0) {
            appended.fire(new OutboxAppended(count));
        }
    }
}
