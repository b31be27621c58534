package id.kinerja.reporting.live;

import id.kinerja.events.EventCatalog;
import id.kinerja.events.EventCodec;
import id.kinerja.events.EventEnvelope;
import id.kinerja.events.Topics;
import id.kinerja.events.reporting.FiguresChangedPayload;
import id.kinerja.reporting.rollup.RollupCache;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Every pod reads the whole {@code reporting.figures} topic itself, so a subscriber on any pod sees the changes
 * applied by every pod. Partitions are assigned by hand (no consumer group: nothing to coordinate, nothing left
 * behind when a pod goes, no group ACL) from the end of the topic at start; partitions that appear later are
 * read from their beginning, since all of their records are newer than this pod.
 */
@ApplicationScoped
public class FiguresFeed {

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;
    @Inject
    LiveConfig config;
    @Inject
    RollupCache rollups;

    private RecentChanges recent;
    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread reader;

    void start(@Observes StartupEvent started) {
        recent = new RecentChanges(config.retained());
        running = true;
        reader = new Thread(this::read, "figures-feed");
        reader.setDaemon(true);
        reader.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        running = false;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        reader.join(5_000);
    }

    public RecentChanges recent() {
        return recent;
    }

    private void read() {
        Map<String, Object> settings = new HashMap<>(kafkaConfig);
        settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, "figures-feed-" + UUID.randomUUID());
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        Set<TopicPartition> assigned = new HashSet<>();
        long nextRefresh = 0;
        while (running) {
            try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(settings)) {
                consumer = kafka;
                while (running) {
                    if (System.nanoTime() >= nextRefresh) {
                        assignNewPartitions(kafka, assigned);
                        nextRefresh = System.nanoTime() + config.partitionRefresh().toNanos();
                    }
                    for (ConsumerRecord<String, String> record : kafka.poll(Duration.ofMillis(500))) {
                        accept(record);
                    }
                }
            } catch (WakeupException stopping) {
                return;
            } catch (RuntimeException e) {
                // the positions are kept in `recent`; a new consumer resumes after what was already read
                Log.warnf(e, "reading %s failed; retrying in 1 s", Topics.REPORTING_FIGURES);
                nextRefresh = 0;
                assigned.clear();
                sleep();
            }
        }
    }

    private void assignNewPartitions(KafkaConsumer<String, String> kafka, Set<TopicPartition> assigned) {
        List<TopicPartition> all = kafka.partitionsFor(Topics.REPORTING_FIGURES, Duration.ofSeconds(10)).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        boolean atStart = !started;
        started = true;
        Set<TopicPartition> added = new HashSet<>(all);
        added.removeAll(assigned);
        if (added.isEmpty()) {
            return;
        }
        assigned.addAll(added);
        kafka.assign(assigned);
        StreamPosition known = recent.position();
        for (TopicPartition partition : added) {
            Long resumeAt = known.next().get(partition.partition());
            if (resumeAt != null) {
                kafka.seek(partition, resumeAt); // a new consumer after a failure: go on where the last one was
                continue;
            }
            if (atStart) {
                kafka.seekToEnd(List.of(partition));
            } else {
                kafka.seekToBeginning(List.of(partition));
            }
            recent.startsAt(partition.partition(), kafka.position(partition));
        }
    }

    /** Whether the partitions were looked up once: only those found then are read from their end. */
    private boolean started;

    private void accept(ConsumerRecord<String, String> record) {
        try {
            EventEnvelope envelope = EventCodec.decode(record.value());
            if (envelope.type().equals(EventCatalog.FIGURES_CHANGED.name())) {
                rollups.changed(envelope.tenant()); // a change stored by another pod (this pod's own: already)
                recent.add(envelope.tenant(), record.partition(), record.offset(), envelope.aggregateVersion(),
                        EventCodec.payload(envelope, EventCatalog.FIGURES_CHANGED));
            }
        } catch (RuntimeException unreadable) {
            Log.warnf("skipped an unreadable record at %s-%d@%d: %s", record.topic(), record.partition(),
                    record.offset(), unreadable.getMessage());
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
