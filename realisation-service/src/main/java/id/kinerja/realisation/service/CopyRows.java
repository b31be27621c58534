package id.kinerja.realisation.service;

import id.kinerja.commons.outbox.TraceParent;
import id.kinerja.events.EventCatalog;
import id.kinerja.events.EventCodec;
import id.kinerja.events.EventEnvelope;
import org.postgresql.PGConnection;

import java.io.StringReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Rows for PostgreSQL's {@code COPY ... FROM STDIN} (text format), sent in one round trip through pgjdbc's
 * CopyManager: for a bulk chunk's new records, audit lines and outbox events, COPY costs the server a fraction
 * of the equivalent multi-row INSERTs (bench/README.md, issue 22). Same transaction, same constraints and
 * triggers as an INSERT; small writes keep their prepared INSERTs ({@link #WORTH_IT}).
 */
final class CopyRows {

    /** Fewer rows than this are inserted with a JDBC batch: COPY's set-up is not worth it for a single write. */
    static final int WORTH_IT = 16;

    private final StringBuilder text = new StringBuilder(64 * 1024);
    private boolean lineStarted;

    CopyRows add(Object value) {
        if (lineStarted) {
            text.append('\t');
        }
        lineStarted = true;
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof BigDecimal d) {
            text.append(d.toPlainString());
        } else if (value instanceof Boolean b) {
            text.append(b ? 't' : 'f');
        } else {
            escape(value.toString());
        }
        return this;
    }

    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\' || ch == '\n' || ch == '\r' || ch == '\t') {
                return false;
            }
        }
        return true;
    }

    CopyRows end() {
        text.append('\n');
        lineStarted = false;
        return this;
    }

    private void escape(String s) {
        if (plain(s)) { // the common case (codes, numbers, JSON without backslashes): appended as is
            text.append(s);
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> text.append(ch);
            }
        }
    }

    /** {@code target}: {@code table (column, ...)}. */
    long copy(Connection c, String target) throws SQLException {
        try {
            return c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + target + " FROM STDIN",
                    new StringReader(text.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY into " + target + " failed", e);
        }
    }

    /** The outbox rows {@code OutboxWriter.appendBatch} writes, copied. */
    static void outbox(Connection c, List<EventEnvelope> envelopes) throws SQLException {
        CopyRows rows = new CopyRows();
        String now = Instant.now().toString();
        String trace = TraceParent.current();
        for (EventEnvelope e : envelopes) {
            String topic = EventCatalog.find(e.type()).orElseThrow(
                    () -> new IllegalArgumentException("event type not in the catalog: " + e.type())).topic();
            rows.add(e.eventId()).add(e.tenant()).add(e.aggregateType()).add(e.aggregateId()).add(e.type())
                    .add(topic).add(e.kafkaKey()).add(EventCodec.encode(e)).add(now).add(now).add(trace).end();
        }
        rows.copy(c, "outbox_event (id, tenant, aggregatetype, aggregateid, type, topic, kafka_key, payload, created_at,"
                + " next_attempt_at, trace_parent)");
    }
}
