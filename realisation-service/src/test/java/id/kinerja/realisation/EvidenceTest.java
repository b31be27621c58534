package id.kinerja.realisation;

import id.kinerja.events.Topics;
import id.kinerja.events.plan.ValueType;
import id.kinerja.testsupport.DevTokens;
import id.kinerja.testsupport.DevTokens.Claims;
import id.kinerja.testsupport.KinerjaTestResources;
import id.kinerja.testsupport.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

/**
 * Bukti dukung on a realisation: stored with its checksum, listed and downloaded with the record's access rules,
 * audited and announced; what is not an allowed file, not what it claims to be, too large, badly named or
 * attached to a record outside the caller's agencies is refused with a 4xx naming the field, writing nothing.
 */
@QuarkusTest
class EvidenceTest {

    static final String T = "kota-bukti";
    static final String PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";
    static final String REPORTER_A = DevTokens.mint(Claims.machine("sipd-dinas-a", T, "DINAS-A"));
    static final String REPORTER_B = DevTokens.mint(Claims.person("operator-b", "reporter", T, "DINAS-B"));
    static final String VIEWER = DevTokens.mint(Claims.person("pembaca", "viewer", T));

    @Inject
    EntityManager em;

    @BeforeAll
    static void plan() {
        new PlanSeeder(T).agency("DINAS-A").agency("DINAS-B").renstra("DINAS-A", 2021, 2026)
                .indicator("DINAS-A", "IKU-1", ValueType.PERCENTAGE, List.of()).flush();
    }

    static String record() {
        ReplicaProbe.awaitIndicators(T, 1);
        Map<String, Object> row = Map.of("agencyCode", "DINAS-A", "indicatorCode", "IKU-1", "year", 2024,
                "quarter", 2, "value", 64.5, "drivingFactors", "Pelatihan berbasis kompetensi");
        await().atMost(Duration.ofSeconds(30)).until(() -> given().contentType(ContentType.JSON).body(row)
                .put("/api/v1/tenants/" + T + "/indicator-realisations").statusCode() == 200);
        return given().get("/api/v1/tenants/" + T + "/indicator-realisations?indicatorCode=IKU-1&year=2024&quarter=2")
                .then().statusCode(200).extract().path("items[0].id");
    }

    static String evidence(String record) {
        return "/api/v1/tenants/" + T + "/realisations/" + record + "/evidence";
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    long stored() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM evidence WHERE tenant = '" + T + "'")
                .getSingleResult()).longValue();
    }

    @Test
    void aFileIsStoredListedDownloadedAuditedAnnouncedAndRemoved() throws Exception {
        String record = record();
        byte[] pdf = PDF.getBytes(StandardCharsets.ISO_8859_1);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        String id = as(REPORTER_A).contentType("application/pdf").body(pdf)
                .queryParam("fileName", "Daftar hadir pelatihan.pdf").queryParam("description", "Daftar hadir TW II")
                .post(evidence(record)).then().statusCode(201)
                .header("Location", endsWith("/evidence/" + as(REPORTER_A).get(evidence(record)).then()
                        .extract().path("[0].id")))
                .body("sha256", equalTo(sha), "size", equalTo(pdf.length), "contentType", equalTo("application/pdf"),
                        "recordType", equalTo("indicator-realisation"), "uploadedBy", equalTo("sipd-dinas-a"))
                .extract().path("id");

        as(VIEWER).get(evidence(record)).then().statusCode(200).body("", hasSize(1),
                "[0].fileName", equalTo("Daftar hadir pelatihan.pdf"), "[0].description", equalTo("Daftar hadir TW II"));
        byte[] downloaded = as(VIEWER).get(evidence(record) + "/" + id).then().statusCode(200)
                .contentType("application/pdf").header("ETag", equalTo("\"" + sha + "\""))
                .header("Content-Disposition", equalTo("attachment; filename*=UTF-8''Daftar%20hadir%20pelatihan.pdf"))
                .extract().asByteArray();
        assertThat(downloaded).isEqualTo(pdf);
        // an agency that does not own the record sees nothing, not even that it exists
        as(REPORTER_B).get(evidence(record)).then().statusCode(404);
        as(REPORTER_B).get(evidence(record) + "/" + id).then().statusCode(404);

        // an OOXML workbook sent as octet-stream is recognised as what it is
        as(REPORTER_A).contentType("application/octet-stream").body(xlsx()).queryParam("fileName", "rekap.xlsx")
                .post(evidence(record)).then().statusCode(201)
                .body("contentType", equalTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

        as(REPORTER_A).delete(evidence(record) + "/" + id).then().statusCode(204);
        as(VIEWER).get(evidence(record)).then().body("", hasSize(1), "[0].fileName", equalTo("rekap.xlsx"));
        as(VIEWER).get(evidence(record) + "/" + id).then().statusCode(404);
        as(VIEWER).get("/api/v1/tenants/" + T + "/audit/" + record).then().statusCode(200)
                .body("action", hasItems("EVIDENCE_ADDED", "EVIDENCE_REMOVED"));

        var events = TopicProbe.await(KinerjaTestResources.kafka().bootstrapServers(), Topics.REALISATION,
                r -> r.value().contains("\"evidence.changed\"") && r.value().contains(id), 2, Duration.ofSeconds(30));
        assertThat(events).anySatisfy(e -> assertThat(e.value().replace(" ", "")).contains("\"removed\":true", sha, "\"planCode\":\"IKU-1\""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "an executable as octet-stream | application/octet-stream | MZ\u0090\u0000 | bukti.pdf | 415 | Content-Type",
            "PNG bytes declared as a PDF   | application/pdf          | PNG         | bukti.pdf | 415 | Content-Type",
            "HTML as a PDF                 | application/pdf          | <html>      | bukti.pdf | 415 | Content-Type",
            "no file name                  | application/pdf          | PDF         |           | 400 | fileName",
            "a path as the file name       | application/pdf          | PDF         | ../x.pdf  | 400 | fileName",
            "an empty file                 | application/pdf          | EMPTY       | bukti.pdf | 400 | body",
            "larger than the limit         | application/pdf          | HUGE        | bukti.pdf | 413 | body"})
    void refusedUploadsNameTheFieldAndWriteNothing(String label, String type, String content, String fileName,
                                                   int status, String field) {
        String record = record();
        long before = stored();
        byte[] body = switch (content) {
            case "PNG" -> new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
            case "PDF" -> PDF.getBytes(StandardCharsets.ISO_8859_1);
            case "EMPTY" -> new byte[0];
            case "HUGE" -> (PDF + "x".repeat(70 * 1024)).getBytes(StandardCharsets.ISO_8859_1);
            default -> content.getBytes(StandardCharsets.ISO_8859_1);
        };
        RequestSpecification request = as(REPORTER_A).contentType(type).body(body);
        if (fileName != null) {
            request.queryParam("fileName", fileName);
        }
        ValidatableResponse answer = request.post(evidence(record)).then().statusCode(status)
                .contentType("application/problem+json");
        answer.body("errors.field", hasItems(field));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void onlyWritersOfTheRecordsAgencyAttach() {
        String record = record();
        long before = stored();
        byte[] pdf = PDF.getBytes(StandardCharsets.ISO_8859_1);
        as(REPORTER_B).contentType("application/pdf").body(pdf).queryParam("fileName", "b.pdf")
                .post(evidence(record)).then().statusCode(404);
        as(VIEWER).contentType("application/pdf").body(pdf).queryParam("fileName", "b.pdf")
                .post(evidence(record)).then().statusCode(403);
        as(REPORTER_A).contentType("application/pdf").body(pdf).queryParam("fileName", "b.pdf")
                .post(evidence(UUID.randomUUID().toString())).then().statusCode(404);
        assertThat(stored()).isEqualTo(before);
    }

    static byte[] xlsx() {
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             var out = new java.io.ByteArrayOutputStream()) {
            workbook.createSheet("Rekap").createRow(0).createCell(0).setCellValue("Peserta");
            workbook.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
