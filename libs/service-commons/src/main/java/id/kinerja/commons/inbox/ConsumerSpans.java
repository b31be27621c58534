package id.kinerja.commons.inbox;

import id.kinerja.commons.outbox.TraceParent;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The span of one applied batch, continuing the traces of its records' {@code traceparent} headers (written by
 * the producing service's outbox): a batch from a single trace is a child of it, so a push and the figures it
 * changed are one trace; a batch mixing traces starts its own and links to each (the OpenTelemetry convention for
 * batch consumers). Outbox rows written while it is current carry its context on.
 */
final class ConsumerSpans {

    private static final Pattern W3C = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
    private static final int MAX_LINKS = 128;

    private ConsumerSpans() {
    }

    static Span start(Tracer tracer, String consumer, List<IdempotentConsumer.Inbound> records) {
        Map<String, SpanContext> traces = new LinkedHashMap<>();
        for (IdempotentConsumer.Inbound record : records) {
            SpanContext parent = parse(record.traceParent());
            if (parent != null) {
                traces.putIfAbsent(parent.getTraceId(), parent);
            }
        }
        SpanBuilder span = tracer.spanBuilder(consumer + " process").setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.batch.message_count", (long) records.size());
        if (traces.size() == 1) {
            span.setParent(Context.root().with(Span.wrap(traces.values().iterator().next())));
        } else {
            span.setNoParent();
            traces.values().stream().limit(MAX_LINKS).forEach(span::addLink);
        }
        return span.startSpan();
    }

    /** A {@link TraceParent} header value, or null when absent or malformed (a foreign producer's, say). */
    static SpanContext parse(String header) {
        if (header == null) {
            return null;
        }
        Matcher m = W3C.matcher(header);
        if (!m.matches()) {
            return null;
        }
        SpanContext context = SpanContext.createFromRemoteParent(m.group(1), m.group(2),
                TraceFlags.fromHex(m.group(3), 0), TraceState.getDefault());
        return context.isValid() ? context : null;
    }
}
