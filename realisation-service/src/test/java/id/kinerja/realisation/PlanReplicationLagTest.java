package id.kinerja.realisation;

import id.kinerja.events.plan.ValueType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * A push naming an indicator planning has published but this service has not applied yet is not "unknown": it
 * waits for the replica, and if the replica stays behind answers 503 with Retry-After, writing nothing. Once the
 * replica is at the end of planning's topic, an indicator it lacks is a 422.
 */
@QuarkusTest
class PlanReplicationLagTest {

    static final String T = "kota-lag";
    static final String BASE = "/api/v1/tenants/" + T + "/indicator-realisations";

    @Inject
    KafkaClientService kafka;

    static Map<String, Object> row(String indicator) {
        return Map.of("agencyCode", "DINAS", "indicatorCode", indicator, "year", 2024, "quarter", 1, "value", 5);
    }

    @Test
    void aPushAheadOfTheReplicaIs503ThenAcceptedAndAnAbsentIndicatorIs422() {
        new PlanSeeder(T).agency("DINAS").renstra("DINAS", 2021, 2026)
                .indicator("DINAS", "IKU-1", ValueType.NUMBER, List.of()).flush();
        ReplicaProbe.awaitIndicators(T, 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().contentType(ContentType.JSON).body(row("IKU-1"))
                .put(BASE).statusCode() == 200);

        var consumer = kafka.getConsumer("planning-events");
        consumer.pause().await().atMost(Duration.ofSeconds(10));
        try {
            new PlanSeeder(T).indicator("DINAS", "IKU-2", ValueType.NUMBER, List.of()).flush();
            given().contentType(ContentType.JSON).body("[" + json(row("IKU-2")) + "]").post(BASE + "/bulk").then()
                    .statusCode(503).header("Retry-After", "2")
                    .body("type", equalTo("https://kinerja.id/problems/plan-replicating"));
            given().contentType(ContentType.JSON).body(row("IKU-2")).put(BASE).then().statusCode(503);
            given().queryParam("indicatorCode", "IKU-2").get(BASE).then().statusCode(200).body("items.size()", equalTo(0));
        } finally {
            consumer.resume().await().atMost(Duration.ofSeconds(10));
        }
        given().contentType(ContentType.JSON).body(row("IKU-2")).put(BASE).then().statusCode(200)
                .body("importCount.created", equalTo(1));
        given().contentType(ContentType.JSON).body("[" + json(row("IKU-NONE")) + "]").post(BASE + "/bulk").then()
                .statusCode(422).body("errors[0].field", equalTo("rows[1].indicatorCode"));
    }

    static String json(Map<String, Object> row) {
        return "{\"agencyCode\":\"DINAS\",\"indicatorCode\":\"" + row.get("indicatorCode")
                + "\",\"year\":2024,\"quarter\":1,\"value\":5}";
    }
}
