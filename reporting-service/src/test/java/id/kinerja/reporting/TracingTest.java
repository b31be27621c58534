package id.kinerja.reporting;

import id.kinerja.events.EventCatalog;
import id.kinerja.events.EventCodec;
import id.kinerja.events.EventEnvelope;
import id.kinerja.events.EventPeriod;
import id.kinerja.events.realisation.IndicatorRealisationPayload;
import id.kinerja.events.realisation.RealisationStatus;
import id.kinerja.testsupport.KinerjaTestResources;
import id.kinerja.testsupport.RecordedSpans;
import io.opentelemetry.api.trace.SpanKind;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The reporting end of a traced push (realisation-service's TracingTest covers the request, the outbox and the
 * header): the event's {@code traceparent} makes the batch that applies it a span of the same trace, and the
 * figures.changed announcement it causes carries that trace on to the reporting.figures topic.
 */
@QuarkusTest
class TracingTest {

    static final String T = "kota-trace-r";
    static final String TRACE = "0af7651916cd43dd8448eb211c80319c";

    @Test
    void theEventsTraceContinuesIntoTheBatchAndTheFigureChangeItCaused() throws Exception {
        NationalRollupTest.pemda(T, "Provinsi Jejak", "50");
        String dashboard = "/api/v1/tenants/" + T + "/agencies/DINAS/dashboard/" + NationalRollupTest.YEAR;
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get(dashboard).then().statusCode(200)
                .body("sasaran[0].indicators[0].capaianPrinted", equalTo("50,00")));

        EventEnvelope event = EventEnvelope.of(EventCatalog.REALISATION_UPSERTED, T,
                "DINAS/IKU-1/" + NationalRollupTest.YEAR + "/Y", 2, EventPeriod.year(NationalRollupTest.YEAR),
                new IndicatorRealisationPayload("DINAS", "IKU-1", NationalRollupTest.YEAR, null, new BigDecimal("75"),
                        null, null, null, false, null, null, null, null, null, RealisationStatus.APPROVED, null, "test"));
        ProducerRecord<String, String> record = new ProducerRecord<>(EventCatalog.REALISATION_UPSERTED.topic(),
                event.kafkaKey(), EventCodec.encode(event));
        record.headers().add("traceparent", ("00-" + TRACE + "-b7ad6b7169203331-01").getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KinerjaTestResources.kafka().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(record).get();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(traced()).isNotEmpty()
                .allMatch(t -> t.startsWith("00-" + TRACE + "-")));
        // spans leave in batches (every few seconds)
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(RecordedSpans.INSTANCE.ofTrace(TRACE))
                .anySatisfy(span -> {
                    assertThat(span.getKind()).isEqualTo(SpanKind.CONSUMER);
                    assertThat(span.getName()).isEqualTo("reporting.realisation process");
                    assertThat(span.getParentSpanId()).isEqualTo("b7ad6b7169203331");
                }));
    }

    @SuppressWarnings("unchecked")
    static List<String> traced() {
        return QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager().createNativeQuery(
                        "SELECT trace_parent FROM outbox_event WHERE tenant = ?1 AND type = 'figures.changed' "
                                + "AND trace_parent LIKE ?2").setParameter(1, T).setParameter(2, "00-" + TRACE + "%")
                .getResultList());
    }
}
