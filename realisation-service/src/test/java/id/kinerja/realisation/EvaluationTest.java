package id.kinerja.realisation;

import id.kinerja.events.Topics;
import id.kinerja.testsupport.DevTokens;
import id.kinerja.testsupport.DevTokens.Claims;
import id.kinerja.testsupport.KinerjaTestResources;
import id.kinerja.testsupport.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/**
 * AKIP evaluations: the inspectorate records the result and recommendations, the agency its follow-ups (with
 * evidence); what follows today (category of the score, overdue recommendations) is answered with them; every
 * change is one new version and one evaluation.upserted event; bad input is a 4xx naming the field.
 */
@QuarkusTest
class EvaluationTest {

    static final String T = "kota-evaluasi";
    static final String AGENCY = "/api/v1/tenants/" + T + "/agencies/DINAS-A/evaluations/2023";
    static final String PEMDA = "/api/v1/tenants/" + T + "/evaluations/2023";
    static final String INSPEKTORAT = DevTokens.mint(Claims.person("inspektorat", "verifier", T));
    static final String IRBAN_A = DevTokens.mint(Claims.person("irban-a", "verifier", T, "DINAS-A"));
    static final String REPORTER_A = DevTokens.mint(Claims.machine("sipd-dinas-a", T, "DINAS-A"));
    static final String REPORTER_B = DevTokens.mint(Claims.person("operator-b", "reporter", T, "DINAS-B"));
    static final String EVALUATION = """
            {"evaluator":"Inspektorat Kota","evaluatedOn":"2024-03-28","score":62.15,"category":"bb",
             "recommendations":[{"code":"R1","text":"Selaraskan IKU PK dengan Renstra","dueDate":"2024-06-30"},
                                {"code":"R2","text":"Bangun sistem data kinerja","dueDate":"2099-12-31"}]}""";

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    @Test
    void resultRecommendationsAndFollowUpsAreVersionedAnnouncedAndEvidenced() {
        as(INSPEKTORAT).body(EVALUATION).put(AGENCY).then().statusCode(200)
                .body("version", equalTo(1), "category", equalTo("BB"), "categoryOfScore", equalTo("B"),
                        "categoryAgrees", equalTo(false), "recommendations", hasSize(2),
                        "recommendations[0].status", equalTo("OPEN"), "recommendations[0].overdue", equalTo(true),
                        "recommendations[1].overdue", equalTo(false));
        as(INSPEKTORAT).body(EVALUATION).put(AGENCY).then().statusCode(200).body("version", equalTo(1));

        String followUp = as(REPORTER_A).body("{\"action\":\"Reviu IKU bersama Bappeda\",\"date\":\"2024-05-10\","
                        + "\"status\":\"DONE\"}").post(AGENCY + "/recommendations/R1/follow-ups").then().statusCode(200)
                .body("recordedBy", equalTo("sipd-dinas-a")).extract().path("id");
        as(REPORTER_A).get(AGENCY).then().statusCode(200).body("version", equalTo(2),
                "recommendations[0].status", equalTo("DONE"), "recommendations[0].overdue", equalTo(false),
                "recommendations[0].followUps[0].action", equalTo("Reviu IKU bersama Bappeda"));

        // the follow-up's evidence goes where every record's does
        given().auth().oauth2(REPORTER_A).contentType("application/pdf")
                .body("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1)).queryParam("fileName", "notulen.pdf")
                .post("/api/v1/tenants/" + T + "/realisations/" + followUp + "/evidence").then().statusCode(201)
                .body("recordType", equalTo("follow-up"));
        given().auth().oauth2(REPORTER_B).get("/api/v1/tenants/" + T + "/realisations/" + followUp + "/evidence")
                .then().statusCode(404);

        // a recommendation with follow-ups cannot silently disappear
        as(INSPEKTORAT).body(EVALUATION.replaceAll("\\{\"code\":\"R1\"[^}]*},", "")).put(AGENCY).then().statusCode(409);

        var events = TopicProbe.await(KinerjaTestResources.kafka().bootstrapServers(), Topics.REALISATION,
                r -> r.value().contains("\"evaluation.upserted\"") && r.value().contains(T)
                        && r.value().contains("DINAS-A/2023"), 2, Duration.ofSeconds(30));
        assertThat(events).anySatisfy(e -> assertThat(e.value().replace(" ", ""))
                .contains("\"aggregateVersion\":2", "\"status\":\"DONE\""));

        as(INSPEKTORAT).body(EVALUATION).put(PEMDA).then().statusCode(200).body("agencyCode", equalTo(null));
        as(INSPEKTORAT).get(PEMDA).then().statusCode(200).body("recommendations.code", hasItem("R2"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a score above 100     | inspektorat | PUT  | agency | \"score\":62.15 | \"score\":100.5 | 400 | score",
            "a category off scale  | inspektorat | PUT  | agency | \"category\":\"bb\" | \"category\":\"E\" | 400 | category",
            "duplicate codes       | inspektorat | PUT  | agency | \"code\":\"R2\" | \"code\":\"R1\" | 400 | recommendations[1].code",
            "no evaluator          | inspektorat | PUT  | agency | \"evaluator\":\"Inspektorat Kota\", | '' | 400 | evaluator",
            "a link that is none   | reporterA   | POST | agency | x | x | 400 | evidenceUrl",
            "a reporter evaluating | reporterA   | PUT  | agency | x | x | 403 | ",
            "an irban on the pemda | irbanA      | PUT  | pemda  | x | x | 403 | ",
            "a follow-up still OPEN| reporterA   | POST | agency | x | x | 400 | status",
            "another agency        | reporterB   | POST | agency | x | x | 403 | "})
    void refusedWritesNameTheFieldAndWriteNothing(String label, String who, String method, String level, String from,
                                                  String to, int status, String field) {
        String agency = AGENCY.replace("/2023", "/2022"); // not the year the other test walks through
        String pemda = PEMDA.replace("/2023", "/2022");
        as(INSPEKTORAT).body(EVALUATION).put(agency).then().statusCode(200);
        long version = as(INSPEKTORAT).get(agency).then().extract().<Integer>path("version");
        String token = switch (who) {
            case "reporterA" -> REPORTER_A;
            case "reporterB" -> REPORTER_B;
            case "irbanA" -> IRBAN_A;
            default -> INSPEKTORAT;
        };
        String base = level.equals("pemda") ? pemda : agency;
        var answer = method.equals("PUT")
                ? as(token).body(EVALUATION.replace(from, to.equals("''") ? "" : to)).put(base)
                : as(token).body("{\"action\":\"Rapat\",\"date\":\"2024-05-01\",\"status\":\""
                        + ("status".equals(field) ? "OPEN" : "DONE") + "\""
                        + ("evidenceUrl".equals(field) ? ",\"evidenceUrl\":\"lihat map biru\"" : "") + "}")
                        .post(base + "/recommendations/R2/follow-ups");
        answer.then().statusCode(status).contentType("application/problem+json");
        if (field != null) {
            assertThat(answer.then().extract().<java.util.List<String>>path("errors.field")).anyMatch(f -> f.endsWith(field));
        }
        as(INSPEKTORAT).get(agency).then().body("version", equalTo((int) version));
    }
}
