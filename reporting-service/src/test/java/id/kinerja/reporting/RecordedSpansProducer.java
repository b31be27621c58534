package id.kinerja.reporting;

import id.kinerja.testsupport.RecordedSpans;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The tests' span exporter (the OTLP exporter is off in the test profile). */
public class RecordedSpansProducer {

    @Produces
    @Singleton
    SpanExporter recorded() {
        return RecordedSpans.INSTANCE;
    }
}
