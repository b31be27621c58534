package id.kinerja.reporting.events;

import id.kinerja.commons.inbox.IdempotentConsumer;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Batch consumption for the projections: a poll's records are applied in one transaction and the records
 * that cannot be applied go to {@code reporting.dead-letter} with their key and a {@code dead-letter-reason}
 * header, as the channel's dead-letter strategy would send them.
 */
@ApplicationScoped
public class DeadLetters {

    @Inject
    @Channel("dead-letter")
    Emitter<String> deadLetter;

    public void consume(IdempotentConsumer consumer, ConsumerRecords<String, String> records) {
        List<Map.Entry<String, String>> batch = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            batch.add(new AbstractMap.SimpleImmutableEntry<>(record.key(), record.value()));
        }
        for (IdempotentConsumer.Rejected rejected : consumer.processAll(batch)) {
            String reason = String.valueOf(rejected.reason().getMessage());
            Log.warnf("event with key %s sent to the dead-letter topic: %s", rejected.key(), reason);
            RecordHeaders headers = new RecordHeaders();
            headers.add("dead-letter-reason", reason.getBytes(StandardCharsets.UTF_8));
            deadLetter.send(Message.of(rejected.value()).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                    .withKey(rejected.key()).withHeaders(headers).build()));
        }
    }
}
