package id.kinerja.planning;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Binjai's Renstra 2021-2026 with targets for years 1-5, and a Perubahan keeping the original readable. */
@QuarkusTest
class RenstraVersionTest {

    @Test
    void perubahanKeepsTheOriginalTreeReadable() {
        String base = PlanFixtures.agency("kota-binjai-renstra", "DISNAKERPERINDAG");
        given().contentType(ContentType.JSON).body("""
                        {"code": "2021-2026", "periodStart": 2021, "periodEnd": 2026,
                         "legalBasis": "Peraturan Walikota Binjai Nomor 20 Tahun 2021",
                         "versions": [{"versionNo": 1, "kind": "ORIGINAL", "decreeNumber": "Perwal 20/2021"}]}""")
                .put(base + "/renstra").then().statusCode(200).body("change", equalTo("CREATED"));
        given().contentType(ContentType.JSON)
                .body("{\"kind\":\"TUJUAN\",\"code\":\"BJ-T1\",\"name\":\"Meningkatkan Partisipasi Angkatan Kerja\"}")
                .put(base + "/renstra/2021-2026/objectives").then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body("{\"kind\":\"SASARAN\",\"code\":\"BJ-S03\",\"parentCode\":\"BJ-T1\",\"name\":\"Meningkatnya penempatan\"}")
                .put(base + "/renstra/2021-2026/objectives").then().statusCode(200);
        String indicator = """
                {"code": "BJ-IKU-03", "level": "SASARAN", "parentCode": "BJ-S03", "unit": "%",
                 "name": "Persentase Pencari Kerja yang Ditempatkan", "direction": "HIGHER_IS_BETTER",
                 "aggregation": "RATIO_OF_SUMS", "valueType": "PERCENTAGE", "iku": true,
                 "endTarget": {"year": 2026, "value": 50},
                 "targets": [{"year": 2021, "value": 20}, {"year": 2022, "value": 30}, {"year": 2023, "value": 40},
                             {"year": 2024, "value": 45}, {"year": 2025, "value": 50}]}""";
        given().contentType(ContentType.JSON).body(indicator).put(base + "/renstra/2021-2026/indicators")
                .then().statusCode(200).body("state.targets.size()", equalTo(5), "state.targets[2].value", equalTo(40));

        given().contentType(ContentType.JSON).body("{\"versionNo\": 2, \"kind\": \"PERUBAHAN\", \"decreeNumber\": \"Perwal 5/2023\"}")
                .post(base + "/renstra/2021-2026/versions").then().statusCode(200).body("currentVersion", equalTo(2));
        given().contentType(ContentType.JSON).body(indicator.replace("{\"year\": 2024, \"value\": 45}",
                        "{\"year\": 2024, \"value\": 47}"))
                .put(base + "/renstra/2021-2026/indicators").then().statusCode(200).body("change", equalTo("UPDATED"));

        given().get(base + "/renstra/2021-2026/versions/1")
                .then().statusCode(200).body("tree.indicators[0].targets[3].value", equalTo(45));
        given().get(base + "/renstra/2021-2026/versions/2")
                .then().statusCode(200).body("tree.indicators[0].targets[3].value", equalTo(47));
        given().contentType(ContentType.JSON).body("{\"versionNo\": 5, \"kind\": \"SUPLEMEN\"}")
                .post(base + "/renstra/2021-2026/versions").then().statusCode(400).body("errors[0].field", equalTo("versionNo"));
        given().queryParam("iku", true).get(base + "/renstra/2021-2026/indicators")
                .then().statusCode(200).body("pager.total", equalTo(1));
    }
}
