package id.kinerja.realisation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import id.kinerja.commons.outbox.OutboxEvent;
import id.kinerja.events.plan.ValueType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A bulk chunk's new records, audit lines and events go through COPY (issue 22): text with tabs, line breaks,
 * backslashes, quotes and non-ASCII letters, decimals and dates come back exactly as pushed, with one audit line and
 * one event per record.
 */
@QuarkusTest
class CopyWritesTest {

    static final String T = "kota-copy";
    static final int ROWS = 20;
    static final ObjectMapper JSON = new ObjectMapper();
    static final String NARRATIVE = "Tab\there, line\nbreak, CR\r, back\\slash \\N, \"quoted\", 'single', Énergi ±";

    @BeforeAll
    static void plan() {
        PlanSeeder seeder = new PlanSeeder(T).agency("DINAS").renstra("DINAS", 2021, 2026);
        for (int i = 1; i <= ROWS; i++) {
            seeder.indicator("DINAS", "C-" + i, ValueType.NUMBER, List.of());
        }
        seeder.flush();
    }

    @Test
    void copiedRowsComeBackExactlyWithTheirAuditAndEvents() throws Exception {
        ReplicaProbe.awaitIndicators(T, ROWS);
        ArrayNode rows = JSON.createArrayNode();
        for (int i = 1; i <= ROWS; i++) {
            rows.addObject().put("agencyCode", "DINAS").put("indicatorCode", "C-" + i).put("year", 2024)
                    .put("quarter", 2).put("value", new java.math.BigDecimal("1234.5000000001")).put("provisional", true)
                    .put("finalDataExpected", "2025-03-31").put("drivingFactors", NARRATIVE).put("dataSource", "BPS");
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> given().contentType(ContentType.JSON).body(rows.toString())
                .post("/api/v1/tenants/" + T + "/indicator-realisations/bulk").statusCode() == 200);

        JsonNode page = JSON.readTree(given().get("/api/v1/tenants/" + T + "/indicator-realisations?year=2024&pageSize=100")
                .then().statusCode(200).extract().asString());
        assertThat(page.get("items")).hasSize(ROWS);
        for (JsonNode item : page.get("items")) {
            JsonNode r = item.get("realisation");
            assertThat(r.get("drivingFactors").asText()).isEqualTo(NARRATIVE);
            assertThat(r.get("value").decimalValue()).isEqualByComparingTo("1234.5000000001");
            assertThat(r.get("finalDataExpected").asText()).isEqualTo("2025-03-31");
            assertThat(r.get("provisional").asBoolean()).isTrue();
            assertThat(r.has("inhibitingFactors") && !r.get("inhibitingFactors").isNull()).isFalse();
        }
        String id = page.get("items").get(0).get("id").asText();
        JsonNode trail = JSON.readTree(given().get("/api/v1/tenants/" + T + "/audit/" + id).then().statusCode(200)
                .extract().asString());
        assertThat(trail).hasSize(1);
        assertThat(trail.get(0).get("action").asText()).isEqualTo("CREATE");
        assertThat(trail.get(0).get("newValue").get("drivingFactors").asText()).isEqualTo(NARRATIVE);
        long events = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count(
                "tenant = ?1 and type = 'realisation.upserted'", T));
        assertThat(events).isEqualTo(ROWS);
    }
}
