package id.kinerja.realisation;

import id.kinerja.events.plan.ValueType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class IndicatorRealisationTest {

    static final String T = "kota-realisasi";
    static final String BASE = "/api/v1/tenants/" + T + "/indicator-realisations";

    @BeforeAll
    static void plan() {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        new PlanSeeder(T).agency("DISNAKER").renstra("DISNAKER", 2021, 2026)
                .indicator("DISNAKER", "IKU-1", ValueType.PERCENTAGE, List.of())
                .indicator("DISNAKER", "IKU-2", ValueType.NUMBER, List.of())
                .indicator("DISNAKER", "AKIP", ValueType.CATEGORY, List.of("C", "CC", "B", "BB", "A", "AA"))
                .flush();
    }

    static ValidatableResponse put(Object body) {
        return given().contentType(ContentType.JSON).body(body).put(BASE).then();
    }

    static void awaitPlan() {
        ReplicaProbe.awaitIndicators(T, 3);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().contentType(ContentType.JSON)
                .body(Map.of("agencyCode", "DISNAKER", "indicatorCode", "AKIP", "year", 2023, "category", "B"))
                .put(BASE).statusCode() == 200);
    }

    @Test
    void singleWritesAreIdempotentVersionedAndAudited() {
        awaitPlan();
        Map<String, Object> row = Map.of("agencyCode", "DISNAKER", "indicatorCode", "IKU-1", "year", 2024,
                "quarter", 1, "numerator", 75, "denominator", 1633, "drivingFactors", "Pelatihan APBD");
        String id = put(row).statusCode(200)
                .body("importCount.created", equalTo(1), "stored.version", equalTo(1),
                        "stored.realisation.value", equalTo(4.5927740355f))
                .header("ETag", containsString("1"))
                .extract().path("stored.realisation.agencyCode");
        put(row).statusCode(200).body("importCount.unchanged", equalTo(1), "stored.version", equalTo(1));

        Map<String, Object> corrected = Map.of("agencyCode", "DISNAKER", "indicatorCode", "IKU-1", "year", 2024,
                "quarter", 1, "numerator", 80, "denominator", 1633);
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(corrected).put(BASE)
                .then().statusCode(412).contentType("application/problem+json").body("detail", containsString("stale"));
        put(corrected).statusCode(428).contentType("application/problem+json")
                .body("errors[0].field", equalTo("If-Match"), "detail", containsString("If-Match: \"1\""));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(corrected).put(BASE).then()
                .statusCode(200).body("importCount.updated", equalTo(1), "stored.version", equalTo(2));
        // the same correction again, with the now stale If-Match: already applied, so unchanged (a lost answer retried)
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(corrected).put(BASE).then()
                .statusCode(200).body("importCount.unchanged", equalTo(1), "stored.version", equalTo(2));

        String recordId = given().queryParam("indicatorCode", "IKU-1").queryParam("year", 2024)
                .get(BASE).then().statusCode(200).extract().path("items[0].realisation.indicatorCode");
        given().get(BASE + "?indicatorCode=IKU-1&year=2024&quarter=1").then().body("items", hasSize(1),
                "items[0].realisation.numerator", equalTo(80));
        org.assertj.core.api.Assertions.assertThat(id + recordId).isNotBlank();
    }

    @Test
    void eachBadRowIsNamedAndNothingIsWritten() {
        awaitPlan();
        String rows = """
                [{"agencyCode":"DISNAKER","indicatorCode":"IKU-1","year":2024,"quarter":2,"numerator":5},
                 {"agencyCode":"DISNAKER","indicatorCode":"IKU-1","year":2024,"quarter":3,"numerator":5,"denominator":0},
                 {"agencyCode":"DISNAKER","indicatorCode":"AKIP","year":2024,"category":"Z"},
                 {"agencyCode":"DISNAKER","indicatorCode":"NOPE","year":2024,"quarter":1,"value":1},
                 {"agencyCode":"DISNAKER","indicatorCode":"IKU-2","year":2019,"quarter":1,"value":1},
                 {"agencyCode":"DISNAKER","indicatorCode":"IKU-2","year":2024,"quarter":5,"value":1},
                 {"agencyCode":"DISNAKER","indicatorCode":"IKU-2","year":2024,"quarter":0,"value":1},
                 {"agencyCode":"DISNAKER","indicatorCode":"IKU-2","year":"dua ribu","quarter":1,"value":1},
                 {"agencyCode":"DISNAKER","indicatorCode":"IKU-2","year":2024,"quarter":4,"value":1,"colour":"red"},
                 {"agencyCode":"DISNAKER","indicatorCode":"IKU-1","year":2024,"quarter":4,"value":3,"unit":"orang"},
                 {"agencyCode":"DISNAKER","indicatorCode":"IKU-2","year":2024,"quarter":4,"value":12}]""";
        given().contentType(ContentType.JSON).body(rows).post(BASE + "/bulk")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("rows[1].denominator", "rows[2].denominator", "rows[3].category",
                        "rows[4].indicatorCode", "rows[5].year", "rows[6].quarter", "rows[7].quarter", "rows[8].year",
                        "rows[9].colour", "rows[10].unit")))
                .body("detail", containsString("10 of 11 row(s) rejected"));
        given().get(BASE + "?indicatorCode=IKU-2&year=2024&quarter=4").then().body("items", hasSize(0));

        given().contentType(ContentType.JSON).body(rows).queryParam("atomic", false).post(BASE + "/bulk")
                .then().statusCode(200)
                .body("status", equalTo("WARNING"), "importCount.created", equalTo(1), "importCount.rejected", equalTo(10),
                        "conflicts.row", hasItem(10));
        given().contentType(ContentType.JSON).body("[{\"agencyCode\": ").post(BASE + "/bulk")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{}").post(BASE + "/bulk").then().statusCode(400);
    }

    @Test
    void aBodyOverTheSizeLimitIsAProblem() throws Exception {
        // announce 21 MB (the test limit is 20 MB): the answer comes from the header, before any body is read
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST " + BASE + "/bulk HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + (21 * 1024 * 1024) + "\r\n\r\n[")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            StringBuilder response = new StringBuilder();
            byte[] buffer = new byte[4096];
            while (!response.toString().contains("over the size limit")) {
                int n = socket.getInputStream().read(buffer);
                if (n < 0) {
                    break;
                }
                response.append(new String(buffer, 0, n, java.nio.charset.StandardCharsets.UTF_8));
            }
            org.assertj.core.api.Assertions.assertThat(response.toString()).startsWith("HTTP/1.1 413")
                    .contains("application/problem+json").contains("\"field\":\"body\"");
        }
    }

    @Test
    void csvWithIndonesianNumbersWhenDeclared() {
        awaitPlan();
        String csv = "agencyCode;indicatorCode;year;quarter;value;dataSource\n"
                + "DISNAKER;IKU-2;2023;1;1.234,56;BPS\n"
                + "DISNAKER;IKU-2;2023;2;2.000;BPS\n";
        given().contentType("text/csv").body(csv).queryParam("delimiter", ";").queryParam("numberFormat", "ID")
                .post(BASE + "/bulk").then().statusCode(200).body("importCount.created", equalTo(2));
        given().get(BASE + "?indicatorCode=IKU-2&year=2023&quarter=1").then()
                .body("items[0].realisation.value", equalTo(1234.56f));
        given().contentType("text/csv").body(csv).queryParam("delimiter", ";")
                .post(BASE + "/bulk").then().statusCode(422)
                .body("errors[0].field", equalTo("rows[1].value"), "errors[0].message", containsString("numberFormat=id"));
        given().contentType("text/csv").body(csv).post(BASE + "/bulk")
                .then().statusCode(400).body("errors[0].field", equalTo("header"),
                        "errors[0].message", containsString("delimiter"));

        // names and any case, as integrators write them; an unknown value is a 400 naming the parameter
        given().contentType("text/csv").body(csv).queryParam("delimiter", "Semicolon").queryParam("numberFormat", "id")
                .post(BASE + "/bulk").then().statusCode(200).body("importCount.unchanged", equalTo(2));
        given().contentType("text/csv").body(csv.replace(';', '\t')).queryParam("delimiter", "tab")
                .queryParam("numberFormat", "Id").post(BASE + "/bulk").then().statusCode(200);
        given().contentType("text/csv").body(csv).queryParam("delimiter", "colon").post(BASE + "/bulk").then()
                .statusCode(400).body("errors[0].field", equalTo("delimiter"));
        given().contentType("text/csv").body(csv).queryParam("delimiter", ";").queryParam("numberFormat", "indonesian")
                .post(BASE + "/bulk").then().statusCode(400).body("errors[0].field", equalTo("numberFormat"),
                        "errors[0].message", containsString("[PLAIN, ID]"));
    }

    @Test
    void idempotencyKeyReplaysOrConflicts() {
        awaitPlan();
        String body = "[{\"agencyCode\":\"DISNAKER\",\"indicatorCode\":\"IKU-2\",\"year\":2022,\"quarter\":1,\"value\":7}]";
        given().contentType(ContentType.JSON).header("Idempotency-Key", "push-2022-q1").body(body).post(BASE + "/bulk")
                .then().statusCode(200).header("Idempotent-Replayed", "false").body("importCount.created", equalTo(1));
        given().contentType(ContentType.JSON).header("Idempotency-Key", "push-2022-q1").body(body).post(BASE + "/bulk")
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("importCount.created", equalTo(1));
        given().contentType(ContentType.JSON).header("Idempotency-Key", "push-2022-q1")
                .body(body.replace("\"value\":7", "\"value\":8")).post(BASE + "/bulk")
                .then().statusCode(409).body("detail", containsString("different request"));
        given().contentType(ContentType.JSON).body(body.replace("\"value\":7", "\"value\":9"))
                .queryParam("dryRun", true).post(BASE + "/bulk")
                .then().statusCode(200).body("dryRun", equalTo(true), "importCount.updated", equalTo(1));
        given().get(BASE + "?indicatorCode=IKU-2&year=2022&quarter=1").then()
                .body("items[0].realisation.value", equalTo(7));
    }

    @Test
    void lockedPeriodRefusesWritesUntilReopenedAndWorkflowApproves() {
        awaitPlan();
        Map<String, Object> row = Map.of("agencyCode", "DISNAKER", "indicatorCode", "IKU-2", "year", 2025,
                "quarter", 2, "value", 11);
        put(row).statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("reason", "LKjIP ditandatangani"))
                .post("/api/v1/tenants/" + T + "/periods/2025/2/lock").then().statusCode(200).body("locked", equalTo(true));
        put(Map.of("agencyCode", "DISNAKER", "indicatorCode", "IKU-2", "year", 2025, "quarter", 2, "value", 12))
                .statusCode(409).body("errors[0].message", containsString("2025Q2 is locked"));
        given().contentType(ContentType.JSON).body(Map.of("agencyCode", "DISNAKER", "reason", "Koreksi BPS", "hours", 2))
                .post("/api/v1/tenants/" + T + "/periods/2025/2/reopen").then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("agencyCode", "DISNAKER", "indicatorCode", "IKU-2", "year", 2025, "quarter", 2, "value", 12))
                .put(BASE).then().statusCode(200).body("importCount.updated", equalTo(1));

        String workflow = "/api/v1/tenants/" + T + "/indicator-realisations/workflow";
        given().contentType(ContentType.JSON).body(Map.of("agencyCode", "DISNAKER", "year", 2025, "quarter", 2,
                "action", "RETURN")).post(workflow).then().statusCode(400).body("errors[0].field", equalTo("comment"));
        for (String action : List.of("SUBMIT", "VERIFY", "APPROVE")) {
            given().contentType(ContentType.JSON).body(Map.of("agencyCode", "DISNAKER", "year", 2025, "quarter", 2,
                    "action", action)).post(workflow).then().statusCode(200).body("changed", equalTo(1));
        }
        given().get(BASE + "?indicatorCode=IKU-2&year=2025&quarter=2").then()
                .body("items[0].status", equalTo("APPROVED"), "items[0].version", equalTo(5));
        for (String type : List.of("period-lock.changed", "period.reopened", "realisation.upserted")) {
            org.assertj.core.api.Assertions.assertThat(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(
                    () -> id.kinerja.commons.outbox.OutboxEvent.count("tenant = ?1 and type = ?2", T, type)))
                    .as(type).isPositive();
        }
    }
}
