package id.kinerja.reporting.replay;

import id.kinerja.events.Topics;
import id.kinerja.reporting.events.PlanningEventsConsumer;
import id.kinerja.reporting.events.RealisationEventsConsumer;
import id.kinerja.reporting.readmodel.FigureNotifier;
import id.kinerja.reporting.snapshot.Tables;
import id.kinerja.reporting.rollup.RollupCache;
import id.kinerja.reporting.store.Recompute;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Rebuilds every read model from the topics without taking them away from readers: the events are applied,
 * exactly as the live consumers apply them, to empty shadow copies ({@link ShadowTables}); the live tables keep
 * serving (and being updated by the live consumers) meanwhile. At the end, with the live writers held, the
 * events that arrived during the rebuild are applied too and the rebuilt tables are swapped in, in one
 * transaction; then every agency-year's figures are recomputed from them. Progress is stored
 * ({@link ReplayRuns}) so every pod can report it.
 */
@ApplicationScoped
public class ReplayService {

    @Inject
    PlanningEventsConsumer planning;
    @Inject
    RealisationEventsConsumer realisation;
    @Inject
    ReplayRuns runs;
    @Inject
    Recompute recompute;
    @Inject
    RollupCache rollups;
    @Inject
    EntityManager em;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    private static final String POD = System.getenv().getOrDefault("HOSTNAME", "pod-" + ProcessHandle.current().pid());

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "replay");
        t.setDaemon(true);
        return t;
    });

    /** Starts a replay on this pod, or answers the one running (on any pod). */
    public ReplayRuns.Status start() {
        ReplayRuns.Start start = runs.startOrRunning(POD);
        if (start.started()) {
            worker.execute(() -> run(start.status().id()));
        }
        return start.status();
    }

    public ReplayRuns.Status status() {
        return runs.latest().orElse(null);
    }

    private void run(String id) {
        Instant started = Instant.now();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerSettings())) {
            try (Connection connection = dataSource.getConnection()) {
                ShadowTables.prepare(connection);
            }
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long total = partitions.stream().mapToLong(p -> end.get(p) - begin.get(p)).sum();
            long applied = readUpTo(consumer, end, id, "REBUILDING", 0, total);
            applied = swap(consumer, partitions, id, applied, total);
            recomputeAll(id, applied);
            rollups.clear();
            runs.finish(id, "DONE", null);
            Log.infof("replay %s done: %d events in %d ms, swapped in", id, applied,
                    Duration.between(started, Instant.now()).toMillis());
        } catch (RuntimeException | SQLException e) {
            Log.errorf(e, "replay %s failed; the live tables were left as they were", id);
            discardShadow();
            runs.finish(id, "FAILED", e.getMessage());
        }
    }

    /**
     * Holds the live writers, applies what arrived since the rebuild's end offsets, and swaps, in one transaction
     * on a connection of its own (the catch-up writes only shadow tables, in transactions of its own).
     */
    private long swap(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions, String id, long applied,
                      long total) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                ShadowTables.holdWriters(connection);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                long caughtUp = total + partitions.stream().mapToLong(p -> end.get(p) - consumer.position(p)).sum();
                applied = readUpTo(consumer, end, id, "CATCHING_UP", applied, caughtUp);
                runs.progress(id, "SWAPPING", applied, caughtUp);
                ShadowTables.swap(connection);
                connection.commit();
                return applied;
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /**
     * The stored figures are a versioned history (as-of, publications and errata refer to it), so they are not
     * rebuilt: once the rebuilt states are in, every agency-year is recomputed from them and gets a new version
     * only where its figures changed. Until then readers get the figures stored before.
     */
    @SuppressWarnings("unchecked")
    private void recomputeAll(String id, long applied) {
        List<Object[]> agencyYears = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                SELECT DISTINCT tenant, year, agency_code FROM state_view
                WHERE agency_code IS NOT NULL AND year IS NOT NULL ORDER BY tenant, year, agency_code""")
                .getResultList());
        Map<List<Object>, List<String>> byPemdaYear = new LinkedHashMap<>();
        for (Object[] row : agencyYears) {
            byPemdaYear.computeIfAbsent(List.of(row[0], row[1]), k -> new ArrayList<>()).add((String) row[2]);
        }
        for (Map.Entry<List<Object>, List<String>> pemdaYear : byPemdaYear.entrySet()) {
            String tenant = (String) pemdaYear.getKey().get(0);
            int year = ((Number) pemdaYear.getKey().get(1)).intValue();
            QuarkusTransaction.requiringNew().run(() -> recompute.all(Tables.LIVE, tenant, pemdaYear.getValue(), year));
            runs.progress(id, "RECOMPUTING", applied, applied);
        }
        Log.infof("replay %s recomputed %d agency-years of %d pemda-years", id, agencyYears.size(), byPemdaYear.size());
    }

    /** Applies every record before the given end offsets, one transaction per poll, into the shadow tables. */
    private long readUpTo(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end, String id,
                          String phase, long applied, long total) {
        long lastReport = 0;
        consumer.resume(consumer.assignment());
        while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
            // partitions read to this phase's end wait for the next phase
            consumer.pause(end.keySet().stream().filter(p -> consumer.position(p) >= end.get(p)).toList());
            List<ConsumerRecord<String, String>> batch = new ArrayList<>();
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                if (record.offset() < end.get(partition)) {
                    batch.add(record);
                } else {
                    consumer.seek(partition, record.offset()); // beyond this phase: read again in the next one
                }
            }
            apply(batch);
            applied += batch.size();
            if (System.nanoTime() - lastReport > Duration.ofSeconds(1).toNanos()) {
                runs.progress(id, phase, applied, total);
                lastReport = System.nanoTime();
            }
        }
        runs.progress(id, phase, applied, total);
        return applied;
    }

    /**
     * One transaction per poll per topic (a commit per event would bound the replay by commit latency), into the
     * shadow tables; announcements are off (nothing new happened). A failing batch is applied one by one so a
     * poison event is skipped alone. The version guards make the order between the two topics irrelevant.
     */
    private void apply(List<ConsumerRecord<String, String>> batch) {
        List<Map.Entry<String, String>> planningRecords = new ArrayList<>();
        List<Map.Entry<String, String>> realisationRecords = new ArrayList<>();
        for (ConsumerRecord<String, String> record : batch) {
            (record.topic().equals(Topics.PLANNING) ? planningRecords : realisationRecords)
                    .add(new AbstractMap.SimpleImmutableEntry<>(record.key(), record.value()));
        }
        FigureNotifier.REPLAYING.set(true);
        ShadowSearchPath.activate();
        try {
            for (var rejected : planning.processAll(planningRecords)) {
                Log.warnf("replay skipped planning event %s: %s", rejected.key(), rejected.reason().getMessage());
            }
            for (var rejected : realisation.processAll(realisationRecords)) {
                Log.warnf("replay skipped realisation event %s: %s", rejected.key(), rejected.reason().getMessage());
            }
        } finally {
            ShadowSearchPath.deactivate();
            FigureNotifier.REPLAYING.remove();
        }
    }

    private Map<String, Object> consumerSettings() {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        return config;
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(Topics.PLANNING, Topics.REALISATION)) {
            consumer.partitionsFor(topic, Duration.ofSeconds(10))
                    .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        }
        return partitions;
    }

    private void discardShadow() {
        try (Connection connection = dataSource.getConnection()) {
            ShadowTables.discard(connection);
        } catch (SQLException e) {
            Log.warnf("could not drop the shadow schema: %s", e.getMessage());
        }
    }
}
