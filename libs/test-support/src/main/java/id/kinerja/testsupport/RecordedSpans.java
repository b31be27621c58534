package id.kinerja.testsupport;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.List;

/**
 * An in-memory span exporter for tracing tests: keeps the last spans the service exported (bounded, since every
 * test of a module shares the application). A service's tests make it a CDI bean with a one-line producer.
 */
public final class RecordedSpans implements SpanExporter {

    public static final RecordedSpans INSTANCE = new RecordedSpans();
    private static final int KEPT = 20_000;

    private final ArrayDeque<SpanData> spans = new ArrayDeque<>();

    private RecordedSpans() {
    }

    @Override
    public synchronized CompletableResultCode export(Collection<SpanData> exported) {
        for (SpanData span : exported) {
            spans.addLast(span);
            if (spans.size() > KEPT) {
                spans.removeFirst();
            }
        }
        return CompletableResultCode.ofSuccess();
    }

    /** The spans of one trace exported so far. */
    public synchronized List<SpanData> ofTrace(String traceId) {
        return spans.stream().filter(s -> s.getTraceId().equals(traceId)).toList();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
