package id.kinerja.commons.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * Request latencies as Prometheus histograms (buckets, not client-side percentiles), so the Grafana dashboard and
 * alerts can take p99 across pods with {@code histogram_quantile}. Buckets from 1 ms to 30 s.
 */
@Singleton
public class LatencyHistograms {

    @Produces
    @Singleton
    public MeterFilter requestHistograms() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals("http.server.requests")) {
                    return config;
                }
                return DistributionStatisticConfig.builder().percentilesHistogram(true)
                        .minimumExpectedValue((double) Duration.ofMillis(1).toNanos())
                        .maximumExpectedValue((double) Duration.ofSeconds(30).toNanos()).build().merge(config);
            }
        };
    }
}
