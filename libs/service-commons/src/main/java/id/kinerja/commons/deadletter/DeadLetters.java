package id.kinerja.commons.deadletter;

import id.kinerja.commons.inbox.IdempotentConsumer;
import id.kinerja.commons.outbox.TraceParent;
import id.kinerja.commons.retry.Backoff;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Feeds a poll's records to an idempotent consumer and sends the records it rejects for good to the
 * dead-letter topic, with where they came from (topic, partition, offset), the consumer, the reason and the
 * exception class as headers. The send is synchronous and retried: the poll is acknowledged only once every
 * rejected record is safely in the dead-letter topic, so nothing is lost between the two.
 */
@ApplicationScoped
public class DeadLetters {

    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";
    public static final String REASON = "dead-letter-reason";
    public static final String EXCEPTION = "dead-letter-exception-class-name";
    public static final String CONSUMER = "dead-letter-consumer";

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;
    @ConfigProperty(name = "kinerja.dead-letter.topic", defaultValue = "reporting.dead-letter")
    String deadLetterTopic;
    @ConfigProperty(name = "kinerja.consumer.retry.initial-backoff", defaultValue = "200ms")
    Duration retryInitial;
    @ConfigProperty(name = "kinerja.consumer.retry.max-backoff", defaultValue = "30s")
    Duration retryMax;

    private KafkaProducer<String, String> producer;

    public String topic() {
        return deadLetterTopic;
    }

    public void consume(IdempotentConsumer consumer, Iterable<ConsumerRecord<String, String>> records) {
        apply(consumer, records);
    }

    /** Applies the records; those that fail for good are in the dead-letter topic when this returns them. */
    public List<IdempotentConsumer.Rejected> apply(IdempotentConsumer consumer,
                                                   Iterable<ConsumerRecord<String, String>> records) {
        List<IdempotentConsumer.Inbound> batch = new ArrayList<>();
        Map<IdempotentConsumer.Inbound, Headers> headers = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            org.apache.kafka.common.header.Header trace = record.headers().lastHeader(TraceParent.HEADER);
            IdempotentConsumer.Inbound inbound = new IdempotentConsumer.Inbound(record.topic(), record.partition(),
                    record.offset(), record.key(), record.value(),
                    trace == null ? null : new String(trace.value(), java.nio.charset.StandardCharsets.UTF_8));
            batch.add(inbound);
            headers.put(inbound, record.headers());
        }
        List<IdempotentConsumer.Rejected> rejected = consumer.processRecords(batch);
        for (IdempotentConsumer.Rejected r : rejected) {
            send(consumer.name(), r, headers.get(r.record()));
        }
        return rejected;
    }

    private void send(String consumer, IdempotentConsumer.Rejected rejected, Headers original) {
        IdempotentConsumer.Inbound from = rejected.record();
        String reason = String.valueOf(rejected.reason().getMessage());
        ProducerRecord<String, String> record = new ProducerRecord<>(deadLetterTopic, from.key(), from.value());
        if (original != null) {
            for (Header h : original) {
                if (!h.key().startsWith("dead-letter-")) {
                    record.headers().add(h);
                }
            }
        }
        header(record, TOPIC, from.topic());
        header(record, PARTITION, String.valueOf(from.partition()));
        header(record, OFFSET, String.valueOf(from.offset()));
        header(record, CONSUMER, consumer);
        header(record, REASON, reason.length() > 2000 ? reason.substring(0, 2000) : reason);
        header(record, EXCEPTION, rejected.reason().getClass().getName());
        Backoff backoff = new Backoff(retryInitial, retryMax);
        for (int attempt = 1; ; attempt++) {
            try {
                producer().send(record).get(30, TimeUnit.SECONDS);
                Log.warnf("%s: %s-%d@%d (key %s) sent to %s: %s", consumer, from.topic(), from.partition(),
                        from.offset(), from.key(), deadLetterTopic, reason);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while dead-lettering", e);
            } catch (Exception e) {
                Log.warnf("%s: could not dead-letter %s-%d@%d (attempt %d): %s", consumer, from.topic(),
                        from.partition(), from.offset(), attempt, e);
                backoff.await(attempt);
            }
        }
    }

    static void header(ProducerRecord<String, String> record, String name, String value) {
        if (value != null) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Map<String, Object> props = new HashMap<>(kafkaConfig);
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            props.put(ProducerConfig.CLIENT_ID_CONFIG, "dead-letters");
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
            producer = new KafkaProducer<>(props);
        }
        return producer;
    }

    synchronized void onShutdown(@Observes ShutdownEvent event) {
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
        }
    }
}
