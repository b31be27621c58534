package id.kinerja.realisation;

import id.kinerja.events.plan.Quarters;
import id.kinerja.events.plan.ValueType;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The XLSX round trip as a person does it: download the template of an agency-year, fill it in (numbers as
 * number cells and as Indonesian text, a formula with its saved result and one without, a wrong category, an
 * emptied required cell), upload it to the bulk endpoint and read the summary naming the cells; upload it
 * again (the Idempotency-Key replays; without a key nothing changes).
 */
@QuarkusTest
class SpreadsheetTemplateTest {

    static final String T = "kota-xlsx";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String BASE = "/api/v1/tenants/" + T;
    static final String SK1 = "1.01.01.2.01.0001";
    static final String SK2 = "1.01.01.2.01.0002";

    @BeforeAll
    static void plan() {
        new PlanSeeder(T).agency("DINAS").renstra("DINAS", 2021, 2026)
                .indicator("DINAS", "X-1", ValueType.NUMBER, List.of())
                .indicator("DINAS", "X-2", ValueType.PERCENTAGE, List.of())
                .indicator("DINAS", "X-3", ValueType.CATEGORY, List.of("Baik", "Cukup"))
                .quarterlyTarget("DINAS", 2024, "PK-1", "X-1", new Quarters(BigDecimal.ONE, BigDecimal.valueOf(2), null,
                        BigDecimal.TEN))
                .subKegiatan("DINAS", 2024, SK1, 5_000_000, 6_000_000)
                .subKegiatan("DINAS", 2024, SK2, 1_000_000, 1_000_000)
                .flush();
        ReplicaProbe.awaitIndicators(T, 3);
        ReplicaProbe.awaitBudgetNodes(T, 2);
        await().atMost(Duration.ofSeconds(90)).until(() -> sql("select count(*) from replica_quarterly_target"
                + " where tenant = '" + T + "'").equals(1L));
    }

    static Object sql(String query) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object v = Panache.getEntityManager().createNativeQuery(query).getSingleResult();
            return v instanceof Number n && !(v instanceof BigDecimal) ? (Object) n.longValue() : v;
        });
    }

    static byte[] fill(byte[] template, String sheetName, Consumer<Sheet> person) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            person.accept(wb.getSheet(sheetName));
            wb.write(out);
            return out.toByteArray();
        }
    }

    static Response upload(String path, byte[] workbook, String query, String key) {
        var request = given().contentType(XLSX).body(workbook);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post(BASE + path + query);
    }

    @Test
    void indicatorTemplateRoundTrip() throws Exception {
        Response download = given().get(BASE + "/agencies/DINAS/templates/2024/indicator-realisations.xlsx");
        download.then().statusCode(200).contentType(XLSX);
        byte[] template = download.asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = wb.getSheet("Realisasi");
            assertThat(sheet.getLastRowNum()).isEqualTo(12); // 3 indicators x 4 quarters under the header
            Row first = sheet.getRow(1);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("X-1");
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("Indicator X-1");
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(10.0); // annual target 2024
            assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(1.0); // rencana aksi Q1
            assertThat(sheet.getRow(4).getCell(6).getNumericCellValue()).isEqualTo(10.0);
            assertThat(sheet.getRow(5).getCell(3).getStringCellValue()).isEqualTo("%");
            assertThat(sheet.getDataValidations()).hasSizeGreaterThanOrEqualTo(3); // quarter, provisional, categories
        }
        byte[] filled = fill(template, "Realisasi", s -> {
            s.getRow(1).getCell(9).setCellValue(12.5);                 // J2: a number cell
            s.getRow(1).getCell(14).setCellValue("BPS");
            s.getRow(2).getCell(9).setCellValue("1.234,5");            // J3: Indonesian text
            s.getRow(3).getCell(9).setCellFormula("J2*2");             // J4: a formula saved without its result
            s.getRow(4).getCell(1).setBlank();                         // B5: the indicator code emptied
            s.getRow(4).getCell(9).setCellValue(5);
            s.getRow(5).getCell(10).setCellValue(331);                 // X-2 Q1: numerator and denominator
            s.getRow(5).getCell(11).setCellValue(1634);
            s.getRow(6).getCell(9).setCellFormula("20+0.26");          // J7: a formula with its result saved
            s.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(s.getRow(6).getCell(9));
            s.getRow(9).getCell(12).setCellValue("Baik");              // X-3 Q1
            s.getRow(9).getCell(13).setCellValue("Ya");
            s.getRow(10).getCell(12).setCellValue("Sangat baik");      // M11: not a category of X-3
        });

        JsonPath refused = upload("/indicator-realisations/bulk", filled, "", null).then().statusCode(422)
                .contentType("application/problem+json").extract().jsonPath();
        assertThat(refused.getList("errors.field", String.class))
                .containsExactly("Realisasi!J4", "Realisasi!B5", "Realisasi!M11");
        assertThat(refused.getString("errors[0].message")).contains("formula").contains("(rows[4].value)");
        assertThat(refused.getString("errors[1].message")).contains("rows[5].indicatorCode");
        assertThat(count()).isZero();

        upload("/indicator-realisations/bulk", filled, "?atomic=false&dryRun=true", null).then().statusCode(200)
                .body("importCount.created", equalTo(5), "importCount.rejected", equalTo(3));
        assertThat(count()).isZero();

        JsonPath summary = upload("/indicator-realisations/bulk", filled, "?atomic=false", "xlsx-1").then()
                .statusCode(200).header("Idempotent-Replayed", "false").extract().jsonPath();
        assertThat(summary.getInt("importCount.created")).isEqualTo(5);
        assertThat(summary.getList("conflicts.cell", String.class))
                .containsExactly("Realisasi!J4", "Realisasi!B5", "Realisasi!M11");
        assertThat(summary.getList("conflicts.row", Integer.class)).containsExactly(4, 5, 11);
        assertThat(count()).isEqualTo(5);
        assertThat(value("X-1", 1)).isEqualByComparingTo("12.5");
        assertThat(value("X-1", 2)).isEqualByComparingTo("1234.5");
        assertThat(value("X-2", 1)).isEqualByComparingTo("20.2570379437");
        assertThat(value("X-2", 2)).isEqualByComparingTo("20.26");
        assertThat(sql("select category || '/' || provisional from indicator_realisation where tenant = '" + T
                + "' and indicator_code = 'X-3' and quarter = 1")).isEqualTo("Baik/true");

        // the same upload again: replayed by its key, unchanged without one
        upload("/indicator-realisations/bulk", filled, "?atomic=false", "xlsx-1").then().statusCode(200)
                .header("Idempotent-Replayed", "true").body("importCount.created", equalTo(5));
        upload("/indicator-realisations/bulk", filled, "?atomic=false", null).then().statusCode(200)
                .body("importCount.unchanged", equalTo(5), "importCount.created", equalTo(0),
                        "importCount.updated", equalTo(0));
        assertThat(sql("select count(*) from outbox_event where tenant = '" + T + "' and type = 'realisation.upserted'")).isEqualTo(5L);
    }

    @Test
    void budgetTemplateRoundTrip() throws Exception {
        Response download = given().get(BASE + "/agencies/DINAS/templates/2024/budget-realisations.xlsx?quarter=1");
        download.then().statusCode(200);
        byte[] template = download.asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = wb.getSheet("Anggaran");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(SK1);
            assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(6_000_000.0); // DPPA in force
            assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(1.0);
        }
        byte[] filled = fill(template, "Anggaran", s -> {
            s.getRow(1).getCell(6).setCellValue(1_500_000);
            s.getRow(1).getCell(7).setCellValue("25,5");
            s.getRow(2).getCell(6).setCellValue(2_000_000); // above the pagu of 1 000 000, no reason given
        });
        JsonPath summary = upload("/budget-realisations/bulk", filled, "?atomic=false", null).then().statusCode(200)
                .extract().jsonPath();
        assertThat(summary.getInt("importCount.created")).isEqualTo(1);
        assertThat(summary.getList("conflicts.cell", String.class)).containsExactly("Anggaran!I3");
        assertThat(sql("select amount || '/' || physical_progress from budget_realisation where tenant = '" + T
                + "' and sub_kegiatan_code = '" + SK1 + "' and quarter = 1")).isEqualTo("1500000.00/25.5000");

        // the RFK as a workbook has the JSON answer's numbers; the audit trail as CSV
        String rfk = BASE + "/agencies/DINAS/rfk/2024/1";
        JsonPath json = given().get(rfk).then().statusCode(200).extract().jsonPath();
        byte[] xlsx = given().queryParam("format", "xlsx").get(rfk).then().statusCode(200).contentType(XLSX).extract()
                .asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheet("RFK TW 1");
            Row line = null;
            for (Row r : sheet) {
                if (r.getCell(1) != null && SK1.equals(r.getCell(1).getStringCellValue())) {
                    line = r;
                }
            }
            assertThat(line).isNotNull();
            assertThat(line.getCell(4).getNumericCellValue())
                    .isEqualTo(json.getDouble("lines.find { it.code == '" + SK1 + "' }.quarter"));
            assertThat(line.getCell(7).getNumericCellValue() * 100).isCloseTo(
                    json.getDouble("lines.find { it.code == '" + SK1 + "' }.pctKeuangan"),
                    org.assertj.core.data.Offset.offset(1e-4));
        }
        String id = (String) sql("select CAST(id AS text) from budget_realisation where tenant = '" + T + "'");
        {
            given().queryParam("format", "csv").get(BASE + "/audit/" + id).then().statusCode(200)
                    .contentType(org.hamcrest.Matchers.containsString("text/csv"))
                    .body(org.hamcrest.Matchers.startsWith("Versi,Tindakan,Pelaku"))
                    .body(org.hamcrest.Matchers.containsString("CREATE"));
        }
    }

    @Test
    void aFileThatIsNoWorkbookOrHasAnUnknownColumnIsA400() throws Exception {
        given().contentType(XLSX).body("agencyCode,year\nDINAS,2024".getBytes())
                .post(BASE + "/indicator-realisations/bulk").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        byte[] template = given().get(BASE + "/agencies/DINAS/templates/2024/indicator-realisations.xlsx").asByteArray();
        byte[] extra = fill(template, "Realisasi", s -> s.getRow(0).createCell(20).setCellValue("Keterangan"));
        given().contentType(XLSX).body(extra).post(BASE + "/indicator-realisations/bulk").then().statusCode(400)
                .body("errors[0].field", equalTo("header"));
        given().get(BASE + "/agencies/NOPE/templates/2024/indicator-realisations.xlsx").then().statusCode(404);
        given().get(BASE + "/agencies/DINAS/templates/2030/indicator-realisations.xlsx").then().statusCode(404)
                .body("errors[0].field", equalTo("year"));
    }

    static long count() {
        return (Long) sql("select count(*) from indicator_realisation where tenant = '" + T + "'");
    }

    static BigDecimal value(String indicator, int quarter) {
        return (BigDecimal) sql("select value from indicator_realisation where tenant = '" + T
                + "' and indicator_code = '" + indicator + "' and quarter = " + quarter);
    }

}
