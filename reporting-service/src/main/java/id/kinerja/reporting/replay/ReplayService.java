package id.kinerja.reporting.replay;

import id.kinerja.events.Topics;
import id.kinerja.reporting.events.PlanningEventsConsumer;
import id.kinerja.reporting.events.RealisationEventsConsumer;
import id.kinerja.reporting.readmodel.FigureNotifier;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import io.smallrye.common.annotation.Identifier;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Rebuilds every read model from the topics: the views and the processed-event records are emptied, then
 * both topics are read from the beginning up to their current end and each event is applied exactly as the
 * live consumers apply it. Events that arrive meanwhile are applied by the live consumers; the version
 * guards make the order irrelevant, so the result equals a projection of the whole history.
 */
@ApplicationScoped
public class ReplayService {

    public record Status(String id, String state, long applied, long total, Instant startedAt, Instant finishedAt,
                         String error) {
    }

    @Inject
    EntityManager em;
    @Inject
    PlanningEventsConsumer planning;
    @Inject
    RealisationEventsConsumer realisation;
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "replay");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Status> status = new AtomicReference<>();

    public synchronized Status start() {
        Status current = status.get();
        if (current != null && current.state().equals("RUNNING")) {
            return current;
        }
        Status started = new Status(UUID.randomUUID().toString(), "RUNNING", 0, 0, Instant.now(), null, null);
        status.set(started);
        worker.execute(() -> run(started));
        return started;
    }

    /**
     * One transaction per poll (up to 2 000 events): a commit per event would bound the replay by commit
     * latency. If the batch fails, its events are applied one by one so a poison event is skipped alone.
     */
    private void apply(List<ConsumerRecord<String, String>> batch) {
        List<java.util.Map.Entry<String, String>> planningRecords = new java.util.ArrayList<>();
        List<java.util.Map.Entry<String, String>> realisationRecords = new java.util.ArrayList<>();
        for (ConsumerRecord<String, String> record : batch) {
            (record.topic().equals(Topics.PLANNING) ? planningRecords : realisationRecords)
                    .add(new java.util.AbstractMap.SimpleImmutableEntry<>(record.key(), record.value()));
        }
        // the version guards make the order between the two topics irrelevant
        for (var rejected : planning.processAll(planningRecords)) {
            Log.warnf("replay skipped planning event %s: %s", rejected.key(), rejected.reason().getMessage());
        }
        for (var rejected : realisation.processAll(realisationRecords)) {
            Log.warnf("replay skipped realisation event %s: %s", rejected.key(), rejected.reason().getMessage());
        }
    }

    public Status status() {
        return status.get();
    }

    private void run(Status started) {
        FigureNotifier.REPLAYING.set(true);
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "TRUNCATE state_view, approved_history, tenant_view, agency_view, processed_event").executeUpdate());
            Map<String, Object> config = new HashMap<>(kafkaConfig);
            config.remove(ConsumerConfig.GROUP_ID_CONFIG);
            config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
            config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
            config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
                List<TopicPartition> partitions = new java.util.ArrayList<>();
                for (String topic : List.of(Topics.PLANNING, Topics.REALISATION)) {
                    consumer.partitionsFor(topic, Duration.ofSeconds(10))
                            .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
                }
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
                long total = partitions.stream().mapToLong(p -> end.get(p) - begin.get(p)).sum();
                long applied = 0;
                long lastLog = System.nanoTime();
                while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                    List<ConsumerRecord<String, String>> batch = new java.util.ArrayList<>();
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                        // later records arrived after the replay started: the live consumer applies them
                        if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                            batch.add(record);
                        }
                    }
                    apply(batch);
                    applied += batch.size();
                    status.set(new Status(started.id(), "RUNNING", applied, total, started.startedAt(), null, null));
                    if (System.nanoTime() - lastLog > Duration.ofSeconds(5).toNanos()) {
                        Log.infof("replay %s: %d of %d events", started.id(), applied, total);
                        lastLog = System.nanoTime();
                    }
                }
                status.set(new Status(started.id(), "DONE", applied, total, started.startedAt(), Instant.now(), null));
                Log.infof("replay %s done: %d events in %d ms", started.id(), applied,
                        Duration.between(started.startedAt(), Instant.now()).toMillis());
            }
        } catch (RuntimeException e) {
            Log.errorf(e, "replay %s failed", started.id());
            status.set(new Status(started.id(), "FAILED", 0, 0, started.startedAt(), Instant.now(), e.getMessage()));
        } finally {
            FigureNotifier.REPLAYING.remove();
        }
    }
}
