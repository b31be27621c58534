package id.kinerja.realisation;

import id.kinerja.events.plan.Quarters;
import id.kinerja.events.plan.ValueType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class BudgetRealisationTest {

    static final String T = "kota-anggaran";
    static final String BASE = "/api/v1/tenants/" + T + "/budget-realisations";
    static final String SUB = "2.07.03.2.01.0001";
    static final String SUB2 = "2.07.03.2.01.0002";

    @BeforeAll
    static void plan() {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        new PlanSeeder(T).agency("DISNAKER").renstra("DISNAKER", 2021, 2026)
                .indicator("DISNAKER", "IKU-1", ValueType.PERCENTAGE, List.of())
                .subKegiatan("DISNAKER", 2024, SUB, 150_000_000, 100_000_000)
                .subKegiatan("DISNAKER", 2024, "2.07.03.2.01.0002", 50_000_000, 100_000_000)
                .quarterlyTarget("DISNAKER", 2024, "PK-KABID", "IKU-1",
                        new Quarters(null, BigDecimal.valueOf(25), BigDecimal.valueOf(40), BigDecimal.valueOf(20)))
                .flush();
    }

    static String row(int quarter, long amount, Object fisik, String reason) {
        return "{\"agencyCode\":\"DISNAKER\",\"subKegiatanCode\":\"" + SUB + "\",\"year\":2024,\"quarter\":" + quarter
                + ",\"amount\":" + amount + (fisik == null ? "" : ",\"physicalProgress\":" + fisik)
                + (reason == null ? "" : ",\"overPaguReason\":\"" + reason + "\"") + "}";
    }

    @Test
    void rfkIsDerivedAndSpendingAbovePaguNeedsAReason() {
        ReplicaProbe.awaitBudgetNodes(T, 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().contentType(ContentType.JSON)
                .body(row(1, 40_000_000, 25, null)).put(BASE).statusCode() == 200);
        given().contentType(ContentType.JSON).body("[" + row(2, 30_000_000, 60, null) + "]").post(BASE + "/bulk")
                .then().statusCode(200).body("importCount.created", equalTo(1));

        String rfk = "/api/v1/tenants/" + T + "/agencies/DISNAKER/rfk/2024/2";
        given().get(rfk).then().statusCode(200)
                .body("lines.find { it.code == '" + SUB + "' }.pagu", equalTo(100000000))
                .body("lines.find { it.code == '" + SUB + "' }.cumulativeBefore", equalTo(40000000))
                .body("lines.find { it.code == '" + SUB + "' }.quarter", equalTo(30000000))
                .body("lines.find { it.code == '" + SUB + "' }.pctKeuangan", equalTo(70))
                .body("lines.find { it.code == '" + SUB + "' }.pctBobot", equalTo(50))
                .body("lines.find { it.code == '" + SUB + "' }.sisa", equalTo(30000000))
                .body("lines.find { it.code == '" + SUB + "' }.pctFisik", equalTo(60))
                .body("total.pagu", equalTo(200000000), "total.cumulative", equalTo(70000000),
                        "lines.find { it.code == '2.07.03' }.pctFisik", equalTo(30));

        given().contentType(ContentType.JSON).body("[" + row(3, 50_000_000, 90, null) + "]").post(BASE + "/bulk")
                .then().statusCode(422).body("errors[0].field", equalTo("rows[1].overPaguReason"),
                        "errors[0].message", containsString("120000000 exceeds the pagu 100000000 (DPPA)"));
        given().contentType(ContentType.JSON).body("[" + row(3, 50_000_000, 90, "Tunggakan honor instruktur") + "]")
                .post(BASE + "/bulk").then().statusCode(200);
        given().get("/api/v1/tenants/" + T + "/agencies/DISNAKER/findings").then().statusCode(200)
                .body("kind", hasItem("SPENDING_ABOVE_PAGU"), "detail[0]", containsString("Tunggakan"));
    }

    @Test
    void badRowsAreNamed() {
        await().atMost(Duration.ofSeconds(30)).until(() -> given().contentType(ContentType.JSON)
                .body(row(4, 0, 0, null).replace(SUB, SUB2)).put(BASE).statusCode() == 200);
        String rows = ("[" + row(1, -5, null, null) + "," + row(1, 5, 101, null) + ","
                + row(1, 5, null, null).replace(SUB, "2.07.03.2.01.9999") + ","
                + row(1, 5, null, null).replace("\"quarter\":1", "\"quarter\":0") + "]").replace(SUB, SUB2);
        given().contentType(ContentType.JSON).body(rows).post(BASE + "/bulk").then().statusCode(422)
                .body("errors.field", equalTo(List.of("rows[1].amount", "rows[2].physicalProgress",
                        "rows[3].subKegiatanCode", "rows[4].quarter")));
        given().contentType("text/csv").body("agencyCode,subKegiatanCode,year,quarter,amount\nDISNAKER," + SUB2
                        + ",2024,4,\"1.500.000,50\"\n").queryParam("numberFormat", "ID")
                .post(BASE + "/bulk").then().statusCode(200).body("importCount.updated", equalTo(1));
    }

    @Test
    void gridShowsRencanaAksiNextToRealisations() {
        await().atMost(Duration.ofSeconds(30)).until(() -> given().contentType(ContentType.JSON)
                .body(Map.of("agencyCode", "DISNAKER", "indicatorCode", "IKU-1", "year", 2024, "quarter", 2,
                        "value", 20)).put("/api/v1/tenants/" + T + "/indicator-realisations").statusCode() == 200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/tenants/" + T + "/agencies/DISNAKER/grid/2024").then().statusCode(200)
                        .body("find { it.indicatorCode == 'IKU-1' }.targets[0].quarters.q3", equalTo(40))
                        .body("find { it.indicatorCode == 'IKU-1' }.realisations.Q2.value", equalTo(20)));
    }
}
