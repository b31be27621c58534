package id.kinerja.reporting.replay;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Replay status in the database ({@code replay_run}), so any pod answers for a replay another pod runs. A run
 * whose pod stopped reporting progress for {@link #ABANDONED_AFTER} (it died) no longer blocks a new one.
 */
@ApplicationScoped
public class ReplayRuns {

    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    @Inject
    EntityManager em;

    public record Status(String id, String state, String phase, long applied, long total, String pod,
                         Instant startedAt, Instant updatedAt, Instant finishedAt, String error) {
    }

    /** A run just registered ({@code started}), or the one already running. */
    record Start(Status status, boolean started) {
    }

    /** Registers a new run, unless one is running: then that one. */
    Start startOrRunning(String pod) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("""
                            UPDATE replay_run SET state = 'FAILED', finished_at = now(),
                                error = 'abandoned: its pod stopped reporting progress'
                            WHERE state = 'RUNNING' AND updated_at < :stale""")
                    .setParameter("stale", Timestamp.from(Instant.now().minus(ABANDONED_AFTER))).executeUpdate();
            int inserted = em.createNativeQuery("""
                            INSERT INTO replay_run (id, state, phase, pod, started_at, updated_at)
                            VALUES (:id, 'RUNNING', 'PREPARING', :pod, now(), now()) ON CONFLICT DO NOTHING""")
                    .setParameter("id", UUID.randomUUID()).setParameter("pod", pod).executeUpdate();
            return new Start(latest().orElseThrow(), inserted == 1);
        });
    }

    void progress(String id, String phase, long applied, long total) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        UPDATE replay_run SET phase = :phase, applied = :applied, total = :total, updated_at = now()
                        WHERE id = :id""")
                .setParameter("phase", phase).setParameter("applied", applied).setParameter("total", total)
                .setParameter("id", UUID.fromString(id)).executeUpdate());
    }

    void finish(String id, String state, String error) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        UPDATE replay_run SET state = :state, phase = :state, error = :error, updated_at = now(),
                            finished_at = now() WHERE id = :id""")
                .setParameter("state", state).setParameter("error", error == null ? null
                        : error.substring(0, Math.min(error.length(), 1000)))
                .setParameter("id", UUID.fromString(id)).executeUpdate());
    }

    @SuppressWarnings("unchecked")
    public Optional<Status> latest() {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT CAST(id AS text), state, phase, applied, total, pod, started_at, updated_at, finished_at, error
                FROM replay_run ORDER BY started_at DESC LIMIT 1""").getResultList();
        return rows.stream().findFirst().map(r -> new Status((String) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).longValue(), ((Number) r[4]).longValue(), (String) r[5], instant(r[6]), instant(r[7]),
                instant(r[8]), (String) r[9]));
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
