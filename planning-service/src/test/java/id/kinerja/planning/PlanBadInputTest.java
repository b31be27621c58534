package id.kinerja.planning;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.function.Consumer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Every rejected document names the field and why, and leaves nothing behind. */
@QuarkusTest
class PlanBadInputTest {

    private static void rejected(String tenant, Consumer<ObjectNode> spoil, int status, String field, String message) {
        String base = PlanFixtures.agency(tenant, "DISNAKER");
        ObjectNode plan = PlanFixtures.dumaiPlan();
        spoil.accept(plan);
        given().contentType(ContentType.JSON).body(plan).post(base + "/plan-import")
                .then().statusCode(status).contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body("errors.find { it.field == '" + field + "' }.message", containsString(message));
        // one bad item rolls back the whole document
        given().get(base + "/renstra/2021-2026").then().statusCode(404);
        given().get(base + "/budget/2024").then().statusCode(200).body("programs.size()", equalTo(0));
    }

    private static ObjectNode indicator(ObjectNode plan, String code) {
        for (var node : plan.get("indicators")) {
            if (node.get("code").asText().equals(code)) {
                return (ObjectNode) node;
            }
        }
        throw new IllegalArgumentException(code);
    }

    @Test
    void unknownParentCode() {
        rejected("bad-parent", p -> indicator(p, "DM-IKU-2").put("parentCode", "DM-S9"), 422,
                "indicators[2].parentCode", "unknown sasaran");
    }

    @Test
    void duplicateCodeInTheDocument() {
        rejected("bad-duplicate", p -> ((ObjectNode) p.get("indicators").get(3)).put("code", "DM-IKU-1"), 422,
                "indicators[3].code", "duplicate");
    }

    @Test
    void targetForAYearOutsideTheRenstraPeriod() {
        rejected("bad-year", p -> ((ObjectNode) indicator(p, "DM-IKU-1").get("targets").get(0)).put("year", 2019), 422,
                "indicators[1].targets[0].year", "outside the Renstra period 2021-2026");
    }

    @Test
    void negativePagu() {
        rejected("bad-pagu", p -> ((ObjectNode) p.get("budget").get(2).get("pagu").get(0)).put("amount", -5), 400,
                "budget[2].pagu[0].amount", "greater than or equal to 0");
    }

    @Test
    void quarterOutsideOneToFour() {
        rejected("bad-quarter", p -> ((ObjectNode) p.get("quarterlyTargets").get(0).get("targets").get(0))
                .put("quarter", 5), 400, "quarterlyTargets[0].targets[0].quarter", "less than or equal to 4");
    }

    @Test
    void budgetCodeNotInPermendagriFormat() {
        rejected("bad-code", p -> ((ObjectNode) p.get("budget").get(0)).put("code", "DM-1"), 422,
                "budget[0].code", "not a Permendagri 90 program code");
    }

    @Test
    void rangeDirectionWithoutBounds() {
        rejected("bad-range", p -> indicator(p, "DM-IKU-4").put("direction", "RANGE"), 422,
                "indicators[4].rangeLower", "needs both rangeLower and rangeUpper");
    }

    @Test
    void overlappingPredicateBands() {
        rejected("bad-bands", p -> {
            ArrayNode bands = (ArrayNode) p.get("rules").get("predicateScale").get("bands");
            ((ObjectNode) bands.get(1)).put("upperInclusive", true); // 85 in Berhasil and in Sangat Berhasil
        }, 422, "rules.predicateScale.bands", "overlap at 85");
    }

    @Test
    void printedPermendagri86ScaleIsRejectedAsOverlappingAndGappy() {
        String body = """
                {"effectiveFromYear": 2023, "efficiencyRule": "VERDICT_CAPAIAN_ABOVE_SERAPAN",
                 "roundingMode": "TRUNCATE", "roundingPrecision": 2,
                 "predicateScale": {"code": "AS-PRINTED", "name": "Permendagri 86/2017 as printed", "bands": [
                   {"label": "Sangat Tinggi", "lower": 90, "lowerInclusive": true, "upper": null, "upperInclusive": false},
                   {"label": "Tinggi", "lower": 76, "lowerInclusive": true, "upper": 90, "upperInclusive": true},
                   {"label": "Sedang", "lower": 66, "lowerInclusive": true, "upper": 75, "upperInclusive": true},
                   {"label": "Rendah", "lower": 51, "lowerInclusive": true, "upper": 65, "upperInclusive": true},
                   {"label": "Sangat Rendah", "lower": null, "lowerInclusive": false, "upper": 50, "upperInclusive": true}]}}""";
        PlanFixtures.agency("bad-printed", "DISNAKER");
        given().contentType(ContentType.JSON).body(body).put("/api/v1/tenants/bad-printed/rules")
                .then().statusCode(422)
                .body("errors.message", hasItem(containsString("overlap at 90")))
                .body("errors.message", hasItem(containsString("fall in no band")));
        given().contentType(ContentType.JSON).body(body.replace("\"predicateScale\": {", "\"predicateScalePreset\": "
                        + "\"PERMENDAGRI_86_2017\", \"x\": {"))
                .put("/api/v1/tenants/bad-printed/rules")
                .then().statusCode(400).body("errors[0].field", equalTo("x"));
    }

    @Test
    void presetScaleIsAccepted() {
        PlanFixtures.agency("preset-rules", "DISNAKER");
        given().contentType(ContentType.JSON).body("""
                        {"effectiveFromYear": 2023, "efficiencyRule": "VERDICT_CAPAIAN_ABOVE_SERAPAN",
                         "roundingMode": "TRUNCATE", "roundingPrecision": 2, "predicateScalePreset": "PERMENDAGRI_54_2010"}""")
                .put("/api/v1/tenants/preset-rules/rules")
                .then().statusCode(200).body("change", equalTo("CREATED"));
        given().queryParam("year", 2024).get("/api/v1/tenants/preset-rules/rules")
                .then().statusCode(200).body("predicateScale.code", equalTo("PERMENDAGRI_54_2010"),
                        "roundingMode", equalTo("TRUNCATE"));
    }
}
