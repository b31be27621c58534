package id.kinerja.realisation;

import com.fasterxml.jackson.databind.node.TextNode;
import id.kinerja.events.EventEnvelope;
import id.kinerja.events.plan.ValueType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 21: a push given the planVersion planning answered waits for the replica to have the tenant's plan up to
 * that version; short of it, 503 plan-replicating with Retry-After, even for items already replicated, since the
 * version may change them. Versions arrive across partitions in any order; a dead-lettered one is passed over.
 */
@QuarkusTest
class PlanVersionPushTest {

    static final String T = "kota-versi";
    static final String BASE = "/api/v1/tenants/" + T + "/indicator-realisations";

    static String row(String indicator, int quarter) {
        return "{\"agencyCode\":\"DINAS\",\"indicatorCode\":\"" + indicator + "\",\"year\":2024,\"quarter\":" + quarter
                + ",\"value\":5}";
    }

    static void awaitReplicated(long version) {
        await().atMost(Duration.ofSeconds(60)).until(() -> given().get("/api/v1/tenants/" + T
                + "/plan-replica/plan-version").then().statusCode(200).extract().<Number>path("planVersion")
                .longValue() == version);
    }

    @Test
    void aPushWaitsForItsPlanVersion() {
        // version 4 is held back: 5 arrives first
        new PlanSeeder(T).planVersion(1).agency("DINAS").renstra("DINAS", 2021, 2026)
                .indicator("DINAS", "IKU-1", ValueType.NUMBER, List.of())
                .planVersion(5).indicator("DINAS", "IKU-2", ValueType.NUMBER, List.of()).flush();
        ReplicaProbe.awaitIndicators(T, 2);
        awaitReplicated(3);

        given().contentType(ContentType.JSON).body(row("IKU-2", 1)).queryParam("planVersion", 5).put(BASE).then()
                .statusCode(503).header("Retry-After", "2")
                .body("type", equalTo("https://kinerja.id/problems/plan-replicating"),
                        "errors[0].field", equalTo("planVersion"), "detail", containsString("up to version 3"));
        given().contentType(ContentType.JSON).body("[" + row("IKU-1", 1) + "]").queryParam("planVersion", 5)
                .post(BASE + "/bulk").then().statusCode(503).header("Retry-After", "2");
        given().contentType(ContentType.JSON).body(row("IKU-1", 1)).queryParam("planVersion", 3).put(BASE).then()
                .statusCode(200).body("importCount.created", equalTo(1));

        new PlanSeeder(T).planVersion(4).indicator("DINAS", "IKU-3", ValueType.NUMBER, List.of()).flush();
        awaitReplicated(5);
        given().contentType("text/csv").body("agencyCode,indicatorCode,year,quarter,value\nDINAS,IKU-2,2024,1,5\n")
                .queryParam("planVersion", 5).post(BASE + "/bulk").then().statusCode(200)
                .body("importCount.created", equalTo(1));

        // version 6 can never be applied (dead-lettered): the replica moves past it, 7 is reached
        new PlanSeeder(T).send(new EventEnvelope(UUID.randomUUID(), "indicator.upserted", 1, T, "indicator",
                        "DINAS/R/RUSAK", 1, 6L, Instant.now(), null, TextNode.valueOf("not a payload")))
                .planVersion(7).indicator("DINAS", "IKU-4", ValueType.NUMBER, List.of()).flush();
        awaitReplicated(7);
        given().contentType(ContentType.JSON).body(row("IKU-4", 1)).queryParam("planVersion", 7).put(BASE).then()
                .statusCode(200);

        given().contentType(ContentType.JSON).body(row("IKU-4", 2)).queryParam("planVersion", -1).put(BASE).then()
                .statusCode(400).body(containsString("planVersion"));
    }
}
