package id.kinerja.reporting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kinerja.events.EventCatalog;
import id.kinerja.events.EventCodec;
import id.kinerja.events.EventFixtures;
import id.kinerja.events.Topics;
import id.kinerja.testsupport.KinerjaTestResources;
import id.kinerja.testsupport.TopicProbe;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class PlanningProjectionTest {

    @Inject
    MeterRegistry registry;

    static String bootstrap() {
        return KinerjaTestResources.kafka().bootstrapServers();
    }

    /** The agency.upserted fixture, re-addressed to a tenant of this test. */
    static ObjectNode agencyEvent(String tenant, String code, long version, String name) {
        ObjectNode event = (ObjectNode) EventCodec.readTree(EventFixtures.load(EventCatalog.AGENCY_UPSERTED));
        event.put("eventId", UUID.randomUUID().toString());
        event.put("tenant", tenant);
        event.put("aggregateId", code);
        event.put("aggregateVersion", version);
        ((ObjectNode) event.get("payload")).put("code", code).put("name", name);
        return event;
    }

    static void send(String tenant, String code, ObjectNode event) {
        TopicProbe.send(bootstrap(), Topics.PLANNING, tenant + ":agency:" + code, event.toString());
    }

    @Test
    void fixtureEventBecomesReadable() {
        TopicProbe.send(bootstrap(), Topics.PLANNING, "kota-dumai:agency:DISNAKER",
                EventFixtures.load(EventCatalog.AGENCY_UPSERTED));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/tenants/kota-dumai/agencies/DISNAKER")
                        .then().statusCode(200)
                        .body("name", equalTo("Dinas Tenaga Kerja Kota Dumai"), "version", equalTo(2)));
    }

    @Test
    void theSameEventDeliveredTwiceChangesNothing() {
        ObjectNode event = agencyEvent("kota-twice", "DINKES", 1, "Dinas Kesehatan");
        send("kota-twice", "DINKES", event);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/tenants/kota-twice/agencies/DINKES").then().statusCode(200));
        double duplicatesBefore = duplicates();

        // a redelivery with a changed body but the same event id must be recognised and skipped
        ((ObjectNode) event.get("payload")).put("name", "Should not be applied");
        send("kota-twice", "DINKES", event);

        await().atMost(Duration.ofSeconds(30)).until(() -> duplicates() == duplicatesBefore + 1);
        given().get("/api/v1/tenants/kota-twice/agencies/DINKES")
                .then().body("name", equalTo("Dinas Kesehatan"), "version", equalTo(1));
    }

    @Test
    void anOlderVersionArrivingLateIsIgnored() {
        send("kota-late", "DISDIK", agencyEvent("kota-late", "DISDIK", 3, "Dinas Pendidikan v3"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/tenants/kota-late/agencies/DISDIK").then().statusCode(200));
        send("kota-late", "DISDIK", agencyEvent("kota-late", "DISDIK", 2, "Dinas Pendidikan v2"));
        send("kota-late", "OTHER", agencyEvent("kota-late", "OTHER", 1, "Marker"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/tenants/kota-late/agencies/OTHER").then().statusCode(200));

        given().get("/api/v1/tenants/kota-late/agencies/DISDIK")
                .then().body("name", equalTo("Dinas Pendidikan v3"), "version", equalTo(3));
    }

    @Test
    void poisonMessageGoesToTheDeadLetterTopicWithItsReason() {
        TopicProbe.send(bootstrap(), Topics.PLANNING, "kota-poison:agency:X", "{\"this is\": \"not an envelope\"}");
        send("kota-poison", "AFTER", agencyEvent("kota-poison", "AFTER", 1, "Still processed"));

        ConsumerRecord<String, String> dead = TopicProbe.await(bootstrap(), Topics.DEAD_LETTER,
                r -> "kota-poison:agency:X".equals(r.key()), 1, Duration.ofSeconds(30)).get(0);
        String reason = new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
        assertThat(reason).contains("not a valid event envelope");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/tenants/kota-poison/agencies/AFTER").then().statusCode(200));
    }

    private double duplicates() {
        var counter = registry.find("kinerja.events.duplicates").tag("consumer", "reporting.planning").counter();
        return counter == null ? 0 : counter.count();
    }
}
