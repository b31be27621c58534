package id.kinerja.realisation.service;

import id.kinerja.commons.persistence.ChunkedPurge;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;

/** Deletes Idempotency-Key records past their retention (an expired key is free again in any case). */
@ApplicationScoped
public class IdempotencyPurge {

    @Inject
    ChunkedPurge purge;
    @ConfigProperty(name = "kinerja.idempotency.retention", defaultValue = "P1D")
    Duration retention;

    @Scheduled(every = "${kinerja.idempotency.purge-interval:1h}", delayed = "1m",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        purge();
    }

    public int purge() {
        int purged = purge.deleteOlderThan("idempotency_record", "created_at", Instant.now().minus(retention));
        if (purged > 0) {
            Log.infof("purged %d Idempotency-Key record(s) older than %s", purged, retention);
        }
        return purged;
    }
}
