package id.kinerja.planning;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** Issue 15 item 4 in planning-service: no silent coercion, one JSON document, strict path numbers. */
@QuarkusTest
class PlanMalformedInputTest {

    static final String RULES = """
            {"effectiveFromYear": 2023, "efficiencyRule": "VERDICT_CAPAIAN_ABOVE_SERAPAN",
             "roundingMode": "TRUNCATE", "roundingPrecision": %s, "predicateScalePreset": "PERMENDAGRI_54_2010"}""";

    @Test
    void aFractionalRoundingPrecisionIsNotOne() {
        PlanFixtures.agency("malformed-rules", "DISNAKER");
        given().contentType(ContentType.JSON).body(RULES.formatted("1.5")).put("/api/v1/tenants/malformed-rules/rules")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("roundingPrecision"), "errors[0].message", equalTo("expected a whole number"));
        given().queryParam("year", 2024).get("/api/v1/tenants/malformed-rules/rules").then().statusCode(404);
    }

    @Test
    void aNumberIsNotAnActiveFlag() {
        PlanFixtures.agency("malformed-agency", "DISNAKER");
        given().contentType(ContentType.JSON).body("{\"code\":\"DISPORA\",\"name\":\"Dinas Pemuda\",\"active\":2}")
                .post("/api/v1/tenants/malformed-agency/agencies").then().statusCode(400)
                .body("errors[0].field", equalTo("active"), "errors[0].message", equalTo("expected true or false"));
        given().get("/api/v1/tenants/malformed-agency/agencies/DISPORA").then().statusCode(404);
    }

    @Test
    void duplicateKeysAndTrailingGarbageAreA400WithoutJacksonWords() {
        PlanFixtures.agency("malformed-json", "DISNAKER");
        given().contentType(ContentType.JSON).body("{\"code\":\"DISPORA\",\"code\":\"DISHUB\",\"name\":\"Dinas\"}")
                .post("/api/v1/tenants/malformed-json/agencies").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].message", containsString("duplicate field 'code'"));
        given().contentType(ContentType.JSON).body("{\"code\":\"DISPORA\",\"name\":\"Dinas\"}}}garbage")
                .post("/api/v1/tenants/malformed-json/agencies").then().statusCode(400)
                .body("errors[0].field", equalTo("body"), "detail", not(containsString("Feature")));
        given().get("/api/v1/tenants/malformed-json/agencies/DISPORA").then().statusCode(404);
    }

    @Test
    void arabicIndicDigitsInAPathYearAreA400() {
        String agency = PlanFixtures.agency("malformed-year", "DISNAKER");
        given().get(agency + "/plan/\u0662\u0660\u0662\u0664").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }
}
