package id.kinerja.realisation.replica;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * How far the plan replica is behind planning's events: the end of each partition of the planning topic against
 * what has been applied (on this pod, as the consumer goes, or on any pod, per the group's committed offsets).
 * A push naming a plan item the replica lacks is only "unknown" once the replica has caught up; before that the
 * client is asked to retry. When Kafka cannot be asked, the replica is taken as caught up (writes never depend on
 * the broker) and the answer stays the plain 422.
 */
@ApplicationScoped
public class ReplicaLag {

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;
    @ConfigProperty(name = "mp.messaging.incoming.planning-events.topic")
    String topic;
    @ConfigProperty(name = "mp.messaging.incoming.planning-events.group.id")
    String group;

    private final Map<TopicPartition, Long> applied = new ConcurrentHashMap<>();
    private volatile Admin admin;

    /** The consumer applied (or deliberately skipped) this record. */
    public void applied(String topic, int partition, long offset) {
        applied.merge(new TopicPartition(topic, partition), offset + 1, Math::max);
    }

    /** Waits up to {@code max} for the replica to reach the end of every partition as it stands now. */
    public boolean awaitCaughtUp(Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        Optional<Map<TopicPartition, Long>> ends = ends();
        if (ends.isEmpty()) {
            return true;
        }
        while (true) {
            Optional<Boolean> reached = reached(ends.get());
            if (reached.isEmpty() || reached.get()) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** Whether the replica is at the end of the planning topic now (empty when Kafka cannot tell). */
    public Optional<Boolean> caughtUp() {
        return ends().flatMap(this::reached);
    }

    private Optional<Boolean> reached(Map<TopicPartition, Long> ends) {
        Map<TopicPartition, Long> done = new HashMap<>(applied);
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin().listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(2, TimeUnit.SECONDS);
            committed.forEach((p, o) -> {
                if (o != null) {
                    done.merge(p, o.offset(), Math::max);
                }
            });
        } catch (Exception e) {
            return unknown(e);
        }
        return Optional.of(ends.entrySet().stream().allMatch(e -> done.getOrDefault(e.getKey(), 0L) >= e.getValue()));
    }

    private Optional<Map<TopicPartition, Long>> ends() {
        try {
            Admin kafka = admin();
            var partitions = kafka.describeTopics(java.util.List.of(topic)).allTopicNames().get(2, TimeUnit.SECONDS)
                    .get(topic).partitions().stream().map(p -> new TopicPartition(topic, p.partition()))
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = kafka.listOffsets(partitions).all()
                    .get(2, TimeUnit.SECONDS);
            Map<TopicPartition, Long> result = new HashMap<>();
            ends.forEach((p, info) -> result.put(p, info.offset()));
            return Optional.of(result);
        } catch (Exception e) {
            return unknown(e);
        }
    }

    private static <T> Optional<T> unknown(Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        Log.debugf("the planning topic's offsets could not be read: %s", e.toString());
        return Optional.empty();
    }

    private Admin admin() {
        Admin current = admin;
        if (current == null) {
            synchronized (this) {
                if (admin == null) {
                    Map<String, Object> settings = new HashMap<>();
                    settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaConfig.get("bootstrap.servers"));
                    settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2_000);
                    settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000);
                    admin = Admin.create(settings);
                }
                current = admin;
            }
        }
        return current;
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
