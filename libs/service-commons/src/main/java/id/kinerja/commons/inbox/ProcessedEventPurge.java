package id.kinerja.commons.inbox;

import io.quarkus.logging.Log;
import id.kinerja.commons.persistence.ChunkedPurge;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;

/**
 * Deletes processed-event ids older than {@code kinerja.inbox.retention} (default 7 days). Redeliveries come
 * within minutes (a rebalance, a restart, a re-driven dead letter); the window only has to outlast those.
 * Anything older that arrives again is still harmless: projections upsert only if the aggregate version is
 * newer. A full replay forgets the consumer's ids first anyway.
 */
@ApplicationScoped
public class ProcessedEventPurge {

    @Inject
    ChunkedPurge purge;
    @ConfigProperty(name = "kinerja.inbox.retention", defaultValue = "7d")
    Duration retention;

    @Scheduled(every = "${kinerja.inbox.purge-interval:1h}", delayed = "2m",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        int deleted = purge(Instant.now().minus(retention));
        if (deleted > 0) {
            Log.infof("processed_event purge deleted %d ids older than %s", deleted, retention);
        }
    }

    /** Deletes ids recorded before the instant. */
    public int purge(Instant before) {
        return purge.deleteOlderThan("processed_event", "processed_at", before);
    }
}
