package id.kinerja.realisation;

import id.kinerja.events.plan.ValueType;
import id.kinerja.testsupport.KinerjaTestResources;
import id.kinerja.testsupport.badinput.DatabaseSnapshot;
import id.kinerja.testsupport.EmbeddedPostgresServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** Issue 15 items 1 and 4, one reproduction each: refused with a 4xx naming the field, nothing written. */
@QuarkusTest
class MalformedInputTest {

    static final String T = "kota-malformed";
    static final String API = "/api/v1/tenants/" + T;
    static final String PUT = API + "/indicator-realisations";
    static final String BULK = API + "/indicator-realisations/bulk";
    static final String ROW = "{\"agencyCode\":\"DISNAKER\",\"indicatorCode\":\"DM-IKU-1\",\"year\":2025,\"quarter\":2,"
            + "\"value\":%s}";

    DatabaseSnapshot before;

    @BeforeAll
    static void plan() {
        new PlanSeeder(T).agency("DISNAKER").renstra("DISNAKER", 2021, 2026)
                .indicator("DISNAKER", "DM-IKU-1", ValueType.NUMBER, List.of()).flush();
    }

    static boolean planned;

    static DatabaseSnapshot snapshot() {
        EmbeddedPostgresServer pg = KinerjaTestResources.postgres();
        return DatabaseSnapshot.take(pg.jdbcUrl("realisation"), EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD);
    }

    @BeforeEach
    void quiet() {
        if (!planned) {
            await().atMost(Duration.ofSeconds(30)).until(() -> given().contentType(ContentType.JSON)
                    .body(ROW.formatted("1")).put(PUT).statusCode() == 200);
            planned = true;
        }
        before = DatabaseSnapshot.settled(MalformedInputTest::snapshot);
    }

    @AfterEach
    void nothingWritten() {
        assertThat(before.differencesTo(snapshot())).as("tables written by a rejected request").isEmpty();
    }

    static ValidatableResponse json(String method, String path, String body) {
        return given().contentType(ContentType.JSON).body(body.getBytes(StandardCharsets.UTF_8))
                .request(method, path).then().contentType(startsWith("application/problem+json"))
                .body("detail", not(containsString("Feature")), "detail", not(containsString("`")));
    }

    @Test
    @Timeout(20)
    void aHugeExponentIsRefusedAtOnceNamingTheField() {
        for (String huge : List.of("1e1000000", "1e400", "1e21", "-1e21", "1e-1000000", "0.00000000001")) {
            json("PUT", PUT, ROW.formatted(huge)).statusCode(400).body("errors.field", hasItem("value"),
                    "errors[0].message", containsString("out of bounds"));
        }
        StringBuilder four = new StringBuilder("[");
        for (int q = 1; q <= 4; q++) {
            four.append(q > 1 ? "," : "").append(ROW.formatted("1e1000000").replace("\"quarter\":2", "\"quarter\":" + q));
        }
        json("POST", BULK, four.append(']').toString()).statusCode(422).body("errors.field", hasItem("rows[1].value"));
    }

    @Test
    void trailingGarbageAfterTheBodyIsRefused() {
        json("PUT", PUT, ROW.formatted("5") + "}}garbage").statusCode(400).body("errors[0].field", equalTo("body"));
        json("PUT", PUT, ROW.formatted("5") + " {}").statusCode(400);
        json("POST", BULK, "[" + ROW.formatted("5") + "]]garbage").statusCode(400);
    }

    @Test
    void aFractionalQuarterIsNotQuarterOne() {
        json("PUT", PUT, ROW.formatted("5").replace("\"quarter\":2", "\"quarter\":1.9")).statusCode(400)
                .body("errors[0].field", equalTo("quarter"), "errors[0].message", equalTo("expected a whole number"));
    }

    @Test
    void aNumberIsNotAFlagAndTextIsNotANumber() {
        json("PUT", PUT, ROW.formatted("5").replace("}", ",\"provisional\":2}")).statusCode(400)
                .body("errors[0].field", equalTo("provisional"));
        json("PUT", PUT, ROW.formatted("\"5\"")).statusCode(400).body("errors[0].field", equalTo("value"));
        json("PUT", PUT, ROW.formatted("5").replace("\"quarter\":2", "\"quarter\":\"\"")).statusCode(400)
                .body("errors[0].field", equalTo("quarter"));
    }

    @Test
    void arabicIndicDigitsInAPathYearAreNot2024() {
        json("POST", API + "/periods/\u0662\u0660\u0662\u0665/2/lock", "{\"reason\":\"x\"}").statusCode(400)
                .body("errors[0].field", equalTo("year"));
        json("POST", API + "/periods/2025/\uff12/lock", "{\"reason\":\"x\"}").statusCode(400)
                .body("errors[0].field", equalTo("quarter"));
    }

    @Test
    void nonAsciiDigitsInIfMatchAreNotAVersion() {
        for (String ifMatch : List.of("\"\u0661\"", "\uff11", "\"1\"x", "1.0", "\"99999999999999999999\"")) {
            given().contentType(ContentType.JSON).header("If-Match", ifMatch).body(ROW.formatted("5")).put(PUT)
                    .then().statusCode(400).body("errors[0].field", equalTo("If-Match"));
        }
    }

    @Test
    void duplicateKeysAreA400NamingTheKey() {
        json("PUT", PUT, ROW.formatted("5").replace("\"year\":2025", "\"year\":2025,\"year\":2024")).statusCode(400)
                .body("errors[0].message", containsString("duplicate field 'year'"));
        json("POST", BULK, "[" + ROW.formatted("5").replace("\"year\":2025", "\"year\":2025,\"year\":2024") + "]")
                .statusCode(400).body("errors[0].message", containsString("duplicate field 'year'"));
    }

    @Test
    void aBulkBodyStartingWithAnInvalidTokenIsA400() {
        for (String body : List.of("x", "/* c */[]", "\u0000", "[" + ROW.formatted("5"), "{}", "\u00ff")) {
            json("POST", BULK, body).statusCode(400).body("errors[0].field", equalTo("body"));
        }
    }

    @Test
    void overLongTextIsA400NamingTheField() {
        String long1001 = "x".repeat(1001);
        json("POST", API + "/periods/2025/2/lock", "{\"reason\":\"" + long1001 + "\"}").statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        json("POST", API + "/periods/2025/2/reopen", "{\"agencyCode\":\"" + "D".repeat(65)
                + "\",\"reason\":\"x\",\"hours\":2}").statusCode(400).body("errors[0].field", equalTo("agencyCode"));
        json("POST", API + "/indicator-realisations/workflow", "{\"agencyCode\":\"DISNAKER\",\"year\":2025,\"quarter\":2,"
                + "\"action\":\"RETURN\",\"comment\":\"" + long1001 + "\"}").statusCode(400)
                .body("errors[0].field", equalTo("comment"));
        given().contentType(ContentType.JSON).header("Idempotency-Key", "k".repeat(256)).body("[" + ROW.formatted("7") + "]")
                .post(BULK).then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("Idempotency-Key"));
        given().contentType(ContentType.JSON).header("Idempotency-Key", "a key").body("[" + ROW.formatted("7") + "]")
                .post(BULK).then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void aMistypedFlagIsA400NotARealWrite() {
        for (Map.Entry<String, String> flag : Map.of("dryRun", "ture", "atomic", "no").entrySet()) {
            given().contentType(ContentType.JSON).queryParam(flag.getKey(), flag.getValue())
                    .body("[" + ROW.formatted("8") + "]").post(BULK).then().statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("errors[0].field", equalTo(flag.getKey()), "errors[0].message", equalTo("must be true or false"));
        }
        given().queryParam("page", "\u0661").get(PUT).then().statusCode(400).body("errors[0].field", equalTo("page"));
    }

    @Test
    void unknownAgenciesInReopenAndWorkflowAre422() {
        json("POST", API + "/periods/2025/2/reopen", "{\"agencyCode\":\"NOPE\",\"reason\":\"x\",\"hours\":2}")
                .statusCode(422).body("errors[0].field", equalTo("agencyCode"));
        json("POST", API + "/indicator-realisations/workflow",
                "{\"agencyCode\":\"NOPE\",\"year\":2025,\"quarter\":2,\"action\":\"SUBMIT\"}")
                .statusCode(422).body("errors[0].field", equalTo("agencyCode"));
    }

    @Test
    void jacksonOptionNamesDoNotLeak() {
        for (String body : List.of(ROW.formatted("NaN"), ROW.formatted("5") + "x", "/* c */" + ROW.formatted("5"),
                ROW.formatted("01"), ROW.formatted("5").replace("2025", "2025.5"), "[" + "[".repeat(5000))) {
            String answer = given().contentType(ContentType.JSON).body(body).put(PUT).then().statusCode(400)
                    .extract().asString();
            assertThat(answer).doesNotContain("Feature", "`", "jackson", "Jackson", "StreamReadConstraints");
        }
    }
}
