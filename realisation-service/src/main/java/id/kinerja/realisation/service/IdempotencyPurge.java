package id.kinerja.realisation.service;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/** Deletes Idempotency-Key records past their retention (an expired key is free again in any case). */
@ApplicationScoped
public class IdempotencyPurge {

    @Inject
    EntityManager em;
    @ConfigProperty(name = "kinerja.idempotency.retention", defaultValue = "P1D")
    Duration retention;

    @Scheduled(every = "${kinerja.idempotency.purge-interval:1h}", delayed = "1m",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        purge();
    }

    @Transactional
    public int purge() {
        int purged = em.createNativeQuery("DELETE FROM idempotency_record WHERE created_at < :cutoff")
                .setParameter("cutoff", Timestamp.from(Instant.now().minus(retention))).executeUpdate();
        if (purged > 0) {
            Log.infof("purged %d Idempotency-Key record(s) older than %s", purged, retention);
        }
        return purged;
    }
}
