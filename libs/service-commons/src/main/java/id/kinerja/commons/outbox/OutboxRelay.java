package id.kinerja.commons.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import io.smallrye.common.annotation.Identifier;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes outbox rows to Kafka in commit order and marks them sent. It runs on one worker thread,
 * woken right after every commit that appended events and by a 1 s sweep for anything left behind
 * (e.g. rows written while Kafka was down, which are retried with exponential backoff).
 * Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so several instances can relay side by side.
 */
@ApplicationScoped
public class OutboxRelay {

    @Inject
    EntityManager em;
    @Inject
    OutboxConfig config;
    @Inject
    MeterRegistry registry;
    /** Every {@code kafka.*} setting (bootstrap servers, SASL/TLS in production), as Quarkus collects them. */
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    private final AtomicBoolean pending = new AtomicBoolean();
    private ExecutorService worker;
    private KafkaProducer<String, String> producer;
    private Counter published;
    private Counter failed;
    /** The last publish error, until a publish succeeds again; shown by the readiness detail. */
    private volatile String lastFailure;

    @PostConstruct
    void init() {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "outbox-relay");
            t.setDaemon(true);
            return t;
        });
        published = registry.counter("kinerja.outbox.published");
        failed = registry.counter("kinerja.outbox.publish.failures");
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        wake();
    }

    @Scheduled(every = "${kinerja.outbox.sweep-interval:1s}", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        wake();
    }

    @Scheduled(every = "1h", delayed = "1m", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void cleanup() {
        int deleted = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "DELETE FROM outbox_event WHERE sent_at < :before")
                .setParameter("before", Instant.now().minus(config.retention()))
                .executeUpdate());
        if (deleted > 0) {
            Log.infof("outbox cleanup deleted %d published rows", deleted);
        }
    }

    /** Why the last publish failed, or null while publishing works. */
    public String lastFailure() {
        return lastFailure;
    }

    /** Asks the worker to drain; many wake-ups while it is busy collapse into one more pass. */
    public void wake() {
        if (pending.compareAndSet(false, true) && !worker.isShutdown()) {
            try {
                worker.execute(this::drainSafely);
            } catch (RuntimeException rejected) {
                pending.set(false);
            }
        }
    }

    void onShutdown(@Observes ShutdownEvent event) {
        worker.shutdown();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
        }
    }

    private void drainSafely() {
        pending.set(false);
        try {
            while (publishBatch() == config.batchSize()) {
                // a full batch: there may be more
            }
        } catch (RuntimeException e) {
            Log.warnf("outbox relay pass failed: %s", e.getMessage());
        }
    }

    /** Publishes one batch; returns the number of rows published. */
    int publishBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                            SELECT id, topic, kafka_key, CAST(payload AS text), type, tenant, attempts, trace_parent
                            FROM outbox_event
                            WHERE sent_at IS NULL AND next_attempt_at <= now()
                            ORDER BY seq
                            LIMIT :limit
                            FOR UPDATE SKIP LOCKED""")
                    .setParameter("limit", config.batchSize())
                    .getResultList();
            if (rows.isEmpty()) {
                return 0;
            }
            List<Future<RecordMetadata>> sends = new ArrayList<>(rows.size());
            KafkaProducer<String, String> kafka = producer();
            for (Object[] row : rows) {
                ProducerRecord<String, String> record = new ProducerRecord<>((String) row[1], (String) row[2],
                        (String) row[3]);
                record.headers().add("id", row[0].toString().getBytes(StandardCharsets.UTF_8));
                record.headers().add("type", ((String) row[4]).getBytes(StandardCharsets.UTF_8));
                record.headers().add("tenant", ((String) row[5]).getBytes(StandardCharsets.UTF_8));
                if (row[7] != null) {
                    record.headers().add(TraceParent.HEADER, ((String) row[7]).getBytes(StandardCharsets.UTF_8));
                }
                try {
                    sends.add(kafka.send(record));
                } catch (RuntimeException e) {
                    sends.add(java.util.concurrent.CompletableFuture.failedFuture(e));
                }
            }
            List<UUID> sent = new ArrayList<>();
            Map<UUID, String> failures = new HashMap<>();
            long deadline = System.nanoTime() + config.sendTimeout().toNanos();
            for (int i = 0; i < rows.size(); i++) {
                UUID id = (UUID) rows.get(i)[0];
                try {
                    sends.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    sent.add(id);
                } catch (Exception e) {
                    failures.put(id, e.getCause() != null ? e.getCause().toString() : e.toString());
                }
            }
            if (!sent.isEmpty()) {
                em.createNativeQuery("UPDATE outbox_event SET sent_at = now(), last_error = NULL WHERE id = ANY(:ids)")
                        .setParameter("ids", sent.toArray(UUID[]::new))
                        .executeUpdate();
                published.increment(sent.size());
                lastFailure = null;
            }
            if (!failures.isEmpty()) {
                scheduleRetry(rows, failures);
                failed.increment(failures.size());
                lastFailure = failures.values().iterator().next();
                return 0; // stop this pass; the sweep retries after the backoff
            }
            return sent.size();
        });
    }

    private void scheduleRetry(List<Object[]> rows, Map<UUID, String> failures) {
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            String error = failures.get(id);
            if (error == null) {
                continue;
            }
            int attempts = ((Number) row[6]).intValue() + 1;
            long delay = Math.min(config.maxBackoff().toMillis(),
                    config.initialBackoff().toMillis() * (1L << Math.min(attempts - 1, 16)));
            em.createNativeQuery("""
                            UPDATE outbox_event SET attempts = :attempts, last_error = :error,
                                   next_attempt_at = now() + make_interval(secs => :delay)
                            WHERE id = :id""")
                    .setParameter("attempts", attempts)
                    .setParameter("error", error.length() > 1000 ? error.substring(0, 1000) : error)
                    .setParameter("delay", delay / 1000.0)
                    .setParameter("id", id)
                    .executeUpdate();
        }
        Log.warnf("outbox: %d event(s) not published, will retry: %s", failures.size(),
                failures.values().iterator().next());
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            long timeout = config.sendTimeout().toMillis();
            Map<String, Object> props = new HashMap<>(kafkaConfig);
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            props.put(ProducerConfig.LINGER_MS_CONFIG, 2);
            props.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
            // fail fast while Kafka is down: the row stays in the outbox and is retried with backoff
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.max(1000, timeout / 2));
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout + 10);
            producer = new KafkaProducer<>(props);
        }
        return producer;
    }
}
