package id.kinerja.commons.deadletter;

import id.kinerja.commons.inbox.IdempotentConsumer;
import id.kinerja.commons.paging.Paged;
import id.kinerja.commons.problem.ProblemException;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Reads this service's dead letters back from the dead-letter topic (it is the store: nothing is copied to
 * the database) and re-drives one by applying it again through its consumer. Re-driving is safe to repeat:
 * the consumers are idempotent by event id, and the dead-lettered event was never recorded as processed.
 */
@ApplicationScoped
public class DeadLetterBrowser {

    /** At most this many dead letters are read per request; a topic with more needs a clean-up first. */
    static final int READ_LIMIT = 10_000;

    /** One dead letter: where it sits in the dead-letter topic, where it came from and why it was rejected. */
    public record DeadLetter(int partition, long offset, Instant deadLetteredAt, String consumer, String sourceTopic,
                             Integer sourcePartition, Long sourceOffset, String key, String eventId, String type,
                             String reason, String exceptionClass, String value) {
    }

    /** What a re-drive did: {@code APPLIED} (or already applied before), or {@code DEAD_LETTERED_AGAIN}. */
    public record Redriven(int partition, long offset, String consumer, String key, String eventId, String outcome) {
    }

    @Inject
    DeadLetters deadLetters;
    @Inject
    Instance<IdempotentConsumer> consumers;
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    public Paged<DeadLetter> list(int page, int pageSize) {
        Set<String> mine = consumers.stream().map(IdempotentConsumer::name).collect(Collectors.toSet());
        List<DeadLetter> all = read(null).stream().map(DeadLetterBrowser::view)
                .filter(d -> d.consumer() == null || mine.contains(d.consumer()))
                .sorted(Comparator.comparing(DeadLetter::deadLetteredAt).thenComparing(DeadLetter::partition)
                        .thenComparing(DeadLetter::offset))
                .toList();
        int from = Math.min(all.size(), (page - 1) * pageSize);
        int to = Math.min(all.size(), from + pageSize);
        return Paged.of(all.subList(from, to), d -> d, page, pageSize, all.size());
    }

    /**
     * Applies a dead letter again through the consumer that rejected it, as if redelivered from its source
     * topic (same partition and offset in the logs, the original headers). If it fails for good again it goes
     * back to the dead-letter topic, marked {@code redriven-from}. Nothing is re-published to the source topic:
     * the other consumers of that topic had their own chance, and a service may only write its own topics.
     */
    public Redriven redrive(int partition, long offset) {
        ConsumerRecord<String, String> letter = read(new TopicPartition(deadLetters.topic(), partition)).stream()
                .filter(r -> r.offset() == offset).findFirst()
                .orElseThrow(() -> ProblemException.notFound("dead letter", partition + "@" + offset));
        DeadLetter view = view(letter);
        IdempotentConsumer consumer = consumers.stream().filter(c -> c.name().equals(view.consumer())).findFirst()
                .orElseThrow(() -> ProblemException.notFound("dead letter of this service's consumers",
                        partition + "@" + offset));
        RecordHeaders headers = new RecordHeaders();
        for (Header h : letter.headers()) {
            if (!h.key().startsWith("dead-letter-")) {
                headers.add(h);
            }
        }
        headers.add("redriven-from", (deadLetters.topic() + "-" + partition + "@" + offset)
                .getBytes(StandardCharsets.UTF_8));
        ConsumerRecord<String, String> again = new ConsumerRecord<>(view.sourceTopic(),
                view.sourcePartition() == null ? -1 : view.sourcePartition(),
                view.sourceOffset() == null ? -1 : view.sourceOffset(), letter.timestamp(), TimestampType.CREATE_TIME,
                -1, -1, letter.key(), letter.value(), headers, Optional.empty());
        boolean applied = deadLetters.apply(consumer, List.of(again)).isEmpty();
        return new Redriven(partition, offset, consumer.name(), letter.key(), view.eventId(),
                applied ? "APPLIED" : "DEAD_LETTERED_AGAIN");
    }

    /** Every record of the dead-letter topic (or of one partition) up to its end when the call started. */
    private List<ConsumerRecord<String, String>> read(TopicPartition only) {
        Map<String, Object> props = new HashMap<>(kafkaConfig);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "dead-letter-browser");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = new ArrayList<>();
            if (only != null) {
                partitions.add(only);
            } else {
                List<PartitionInfo> infos = consumer.partitionsFor(deadLetters.topic(), Duration.ofSeconds(10));
                for (PartitionInfo info : infos == null ? List.<PartitionInfo>of() : infos) {
                    partitions.add(new TopicPartition(info.topic(), info.partition()));
                }
            }
            if (partitions.isEmpty()) {
                return records;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (records.size() < READ_LIMIT && System.nanoTime() < deadline
                    && partitions.stream().anyMatch(p -> consumer.position(p) < end.getOrDefault(p, 0L))) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.offset() < end.getOrDefault(new TopicPartition(r.topic(), r.partition()), 0L)) {
                        records.add(r);
                    }
                }
            }
        }
        return records;
    }

    private static DeadLetter view(ConsumerRecord<String, String> r) {
        String partition = header(r, DeadLetters.PARTITION);
        String offset = header(r, DeadLetters.OFFSET);
        return new DeadLetter(r.partition(), r.offset(), Instant.ofEpochMilli(r.timestamp()),
                header(r, DeadLetters.CONSUMER), header(r, DeadLetters.TOPIC),
                number(partition) == null ? null : number(partition).intValue(), number(offset),
                r.key(), header(r, "id"), header(r, "type"), header(r, DeadLetters.REASON),
                header(r, DeadLetters.EXCEPTION), r.value());
    }

    private static Long number(String value) {
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
