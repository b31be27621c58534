package id.kinerja.planning;

import id.kinerja.commons.outbox.OutboxEvent;
import id.kinerja.events.Topics;
import id.kinerja.testsupport.EmbeddedKafkaBroker;
import id.kinerja.testsupport.KinerjaTestResources;
import id.kinerja.testsupport.TopicProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

/** With Kafka down, writes still succeed; the outbox holds the event and publishes it once Kafka is back. */
@QuarkusTest
class OutboxKafkaOutageTest {

    @Test
    void writeDuringOutageIsPublishedAfterKafkaReturns() {
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "kabupaten-batu-bara", "name", "Pemerintah Kabupaten Batu Bara",
                        "regionType", "KABUPATEN", "province", "Sumatera Utara"))
                .post("/api/v1/tenants").then().statusCode(201);

        EmbeddedKafkaBroker kafka = KinerjaTestResources.kafka();
        kafka.stop();
        try {
            given().contentType(ContentType.JSON)
                    .body(Map.of("code", "DISNAKERPERINDAG", "name", "Dinas Ketenagakerjaan Perindustrian dan Perdagangan"))
                    .post("/api/v1/tenants/kabupaten-batu-bara/agencies")
                    .then().statusCode(201);

            // the relay tries, fails and schedules a retry; the event waits in the outbox
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                OutboxEvent row = pendingRow();
                assertThat(row.sentAt).isNull();
                assertThat(row.attempts).isGreaterThan(0);
                assertThat(row.lastError).isNotBlank();
            });
            // issue 15, item 8: readiness is the database only, so the pod stays in service; the outage and the
            // backlog show as details and as metrics to alert on
            given().get("/q/health/ready").then().statusCode(200)
                    .body("checks.find { it.name.startsWith('outbox') }.status", equalTo("UP"))
                    .body("checks.find { it.name.startsWith('outbox') }.data.kafka", startsWith("not publishing"))
                    .body("checks.find { it.name.startsWith('outbox') }.data.pending", greaterThanOrEqualTo(1));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    given().get("/q/metrics").then().statusCode(200)
                            .body(matchesPattern("(?s).*kinerja_outbox_pending(\\{[^}]*})? [1-9].*"))
                            .body(containsString("kinerja_outbox_oldest_pending_seconds")));
        } finally {
            kafka.restart();
        }

        TopicProbe.await(kafka.bootstrapServers(), Topics.PLANNING,
                r -> r.key().equals("kabupaten-batu-bara:agency:DISNAKERPERINDAG"), 1, Duration.ofSeconds(60));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(pendingRow().sentAt).isNotNull());
    }

    private static OutboxEvent pendingRow() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent
                .<OutboxEvent>find("tenant = ?1 and aggregateId = ?2", "kabupaten-batu-bara", "DISNAKERPERINDAG")
                .firstResult());
    }
}
