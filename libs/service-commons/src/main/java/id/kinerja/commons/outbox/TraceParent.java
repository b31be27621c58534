package id.kinerja.commons.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/**
 * The W3C {@code traceparent} of the current span, stored with an outbox row in the business transaction and
 * sent as a Kafka header when the relay publishes it later (on another thread, outside any span of the change).
 */
public final class TraceParent {

    /** The Kafka header the messaging instrumentation of the consumers reads. */
    public static final String HEADER = "traceparent";

    private TraceParent() {
    }

    /** {@code 00-<trace id>-<span id>-<flags>}, or null outside a valid span. */
    public static String current() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }
}
