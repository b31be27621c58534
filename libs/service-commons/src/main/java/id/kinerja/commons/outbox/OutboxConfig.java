package id.kinerja.commons.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Tuning of the outbox relay ({@code kinerja.outbox.*}). */
@ConfigMapping(prefix = "kinerja.outbox")
public interface OutboxConfig {

    /** Rows published per transaction. */
    @WithDefault("500")
    int batchSize();

    /** First retry delay after a failed publish; doubles per attempt up to {@link #maxBackoff()}. */
    @WithDefault("500ms")
    Duration initialBackoff();

    @WithDefault("30s")
    Duration maxBackoff();

    /** How long the producer may wait for the broker before a send counts as failed. */
    @WithDefault("5s")
    Duration sendTimeout();

    /** Published rows older than this are deleted by the cleanup job. */
    @WithDefault("7d")
    Duration retention();
}
