package id.kinerja.commons.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * How far the outbox is behind: rows not yet published and the age of the oldest. Kafka is not part of
 * readiness (writes succeed without it, the outbox holds their events), so this backlog is what an operator
 * watches and alerts on ({@code kinerja_outbox_pending}, {@code kinerja_outbox_oldest_pending_seconds}).
 */
@ApplicationScoped
public class OutboxBacklog {

    /** Pending rows and the age of the oldest (zero when nothing is pending). */
    public record Snapshot(long pending, Duration oldest, Instant measuredAt) {
    }

    @Inject
    EntityManager em;
    @Inject
    MeterRegistry registry;

    private volatile Snapshot last = new Snapshot(0, Duration.ZERO, Instant.EPOCH);

    @PostConstruct
    void gauges() {
        Gauge.builder("kinerja.outbox.pending", this, b -> b.last.pending())
                .description("outbox rows not yet published to Kafka").register(registry);
        Gauge.builder("kinerja.outbox.oldest.pending.seconds", this, b -> b.last.oldest().toMillis() / 1000.0)
                .description("age of the oldest outbox row not yet published").register(registry);
    }

    @Scheduled(every = "${kinerja.outbox.backlog-interval:15s}", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refresh() {
        try {
            measure();
        } catch (RuntimeException e) {
            Log.debugf("outbox backlog not measured: %s", e.getMessage());
        }
    }

    /** Counts now (one indexed query over the unsent rows) and keeps the result for the gauges. */
    public Snapshot measure() {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "SELECT count(*), min(created_at) FROM outbox_event WHERE sent_at IS NULL").getSingleResult());
        long pending = ((Number) row[0]).longValue();
        Instant oldest = toInstant(row[1]);
        Instant now = Instant.now();
        last = new Snapshot(pending, oldest == null ? Duration.ZERO : Duration.between(oldest, now), now);
        return last;
    }

    public Snapshot last() {
        return last;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        return null;
    }
}
