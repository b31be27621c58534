package id.kinerja.realisation;

import id.kinerja.commons.outbox.OutboxEvent;
import id.kinerja.events.plan.ValueType;
import id.kinerja.testsupport.EmbeddedKafkaBroker;
import id.kinerja.testsupport.KinerjaTestResources;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** 50 000 rows in one request: one event per changed row, none when re-sent, all published after an outage. */
@QuarkusTest
class BulkPushTest {

    static final String T = "kota-bulk";
    static final int INDICATORS = 2500;

    @BeforeAll
    static void plan() {
        PlanSeeder seeder = new PlanSeeder(T).agency("DINAS").renstra("DINAS", 2021, 2026);
        for (int i = 1; i <= INDICATORS; i++) {
            seeder.indicator("DINAS", "I-" + i, ValueType.NUMBER, List.of());
        }
        seeder.flush();
    }

    /** 2 500 indicators x 5 years x 4 quarters = 50 000 rows. */
    static String rows(int years, String value) {
        StringBuilder json = new StringBuilder(years * INDICATORS * 4 * 90).append('[');
        for (int y = 0; y < years; y++) {
            for (int i = 1; i <= INDICATORS; i++) {
                for (int q = 1; q <= 4; q++) {
                    if (json.length() > 1) {
                        json.append(',');
                    }
                    json.append("{\"agencyCode\":\"DINAS\",\"indicatorCode\":\"I-").append(i).append("\",\"year\":")
                            .append(2021 + y).append(",\"quarter\":").append(q).append(",\"value\":").append(value)
                            .append('}');
                }
            }
        }
        return json.append(']').toString();
    }

    static long events(String type) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("tenant = ?1 and type = ?2", T, type));
    }

    static long unsent() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("tenant = ?1 and sentAt is null", T));
    }

    static void awaitReplica() {
        ReplicaProbe.awaitIndicators(T, INDICATORS);
        await().atMost(Duration.ofSeconds(60)).until(() -> given().contentType(ContentType.JSON)
                .body(Map.of("agencyCode", "DINAS", "indicatorCode", "I-" + INDICATORS, "year", 2026, "quarter", 4,
                        "value", 1)).put("/api/v1/tenants/" + T + "/indicator-realisations").statusCode() == 200);
    }

    @Test
    void fiftyThousandRowsThenTheSameAgainThenDuringAnOutage() {
        awaitReplica();
        String body = rows(5, "1.5");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/tenants/" + T + "/indicator-realisations/bulk")
                .then().statusCode(200).body("importCount.created", equalTo(50_000), "importCount.rejected", equalTo(0));
        assertThat(events("realisation.upserted")).isEqualTo(50_001);

        given().contentType(ContentType.JSON).body(body).post("/api/v1/tenants/" + T + "/indicator-realisations/bulk")
                .then().statusCode(200).body("importCount.unchanged", equalTo(50_000), "importCount.created", equalTo(0));
        assertThat(events("realisation.upserted")).as("re-sending changes nothing").isEqualTo(50_001);
        await().atMost(Duration.ofSeconds(120)).until(() -> unsent() == 0);

        EmbeddedKafkaBroker kafka = KinerjaTestResources.kafka();
        kafka.stop();
        try {
            given().contentType(ContentType.JSON).body(rows(1, "2.5"))
                    .post("/api/v1/tenants/" + T + "/indicator-realisations/bulk")
                    .then().statusCode(200).body("importCount.updated", equalTo(10_000));
            assertThat(unsent()).isEqualTo(10_000);
        } finally {
            kafka.restart();
        }
        await().atMost(Duration.ofSeconds(120)).until(() -> unsent() == 0);
        assertThat(events("realisation.upserted")).isEqualTo(60_001);
    }
}
