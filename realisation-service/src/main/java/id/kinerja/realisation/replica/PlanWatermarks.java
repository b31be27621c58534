package id.kinerja.realisation.replica;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.commons.retry.Backoff;
import id.kinerja.commons.retry.TransientFailures;
import id.kinerja.events.EventCodec;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.util.List;
import java.util.TreeSet;

/**
 * Per tenant, the plan version up to which the replica has every planning event (see {@link Watermark}). Kept in
 * the database because each pod applies only some partitions; advanced in the transaction that applies the event,
 * under the lock of the tenant's watermark row.
 */
@ApplicationScoped
public class PlanWatermarks {

    private static final long POLL_MILLIS = 50;
    private static final Backoff RETRY = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(30));

    @Inject
    EntityManager em;

    /** The event with this plan version is applied (inside its transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applied(String tenant, long version) {
        em.createNativeQuery("INSERT INTO replica_plan_watermark (tenant, plan_version) VALUES (:tenant, 0) "
                + "ON CONFLICT (tenant) DO NOTHING").setParameter("tenant", tenant).executeUpdate();
        long watermark = ((Number) em.createNativeQuery(
                        "SELECT plan_version FROM replica_plan_watermark WHERE tenant = :tenant FOR UPDATE")
                .setParameter("tenant", tenant).getSingleResult()).longValue();
        if (version <= watermark) {
            return; // a replay
        }
        TreeSet<Long> above = new TreeSet<>();
        for (Object v : em.createNativeQuery("SELECT plan_version FROM replica_plan_applied WHERE tenant = :tenant")
                .setParameter("tenant", tenant).getResultList()) {
            above.add(((Number) v).longValue());
        }
        above.add(version);
        long advanced = Watermark.advance(watermark, above);
        if (version > advanced) {
            em.createNativeQuery("INSERT INTO replica_plan_applied (tenant, plan_version) VALUES (:tenant, :version) "
                    + "ON CONFLICT DO NOTHING").setParameter("tenant", tenant).setParameter("version", version)
                    .executeUpdate();
        }
        if (advanced > watermark) {
            em.createNativeQuery("DELETE FROM replica_plan_applied WHERE tenant = :tenant AND plan_version <= :to")
                    .setParameter("tenant", tenant).setParameter("to", advanced).executeUpdate();
            em.createNativeQuery("UPDATE replica_plan_watermark SET plan_version = :to WHERE tenant = :tenant")
                    .setParameter("tenant", tenant).setParameter("to", advanced).executeUpdate();
        }
    }

    /**
     * A record that was dead-lettered will never be applied: the replica moves past its version, else every push
     * waiting for a later version would wait for ever. Undecodable records carry no version to pass. A transient
     * database failure is retried (the partition waits, as when applying).
     */
    public void deadLettered(String value) {
        JsonNode event;
        try {
            event = EventCodec.readTree(value);
        } catch (RuntimeException unreadable) {
            return;
        }
        if (!event.path("planVersion").canConvertToLong() || !event.path("tenant").isTextual()) {
            return;
        }
        String tenant = event.get("tenant").asText();
        long version = event.get("planVersion").asLong();
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> applied(tenant, version));
                Log.warnf("plan version %d of %s was dead-lettered; the replica moves past it", version, tenant);
                return;
            } catch (RuntimeException e) {
                if (!TransientFailures.isTransient(e)) {
                    Log.errorf(e, "plan version %d of %s could not be passed over", version, tenant);
                    return;
                }
                RETRY.await(attempt);
            }
        }
    }

    /** The tenant's watermark now; 0 when none of its versioned events arrived yet. */
    @Transactional
    public long watermark(String tenant) {
        List<?> row = em.createNativeQuery("SELECT plan_version FROM replica_plan_watermark WHERE tenant = :tenant")
                .setParameter("tenant", tenant).getResultList();
        return row.isEmpty() ? 0L : ((Number) row.get(0)).longValue();
    }

    /** Waits up to {@code max} for the tenant's watermark to reach {@code version}; whether it did. */
    public boolean await(String tenant, long version, Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        while (watermark(tenant) < version) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
