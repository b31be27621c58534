package id.kinerja.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The dashboards, findings and LKjIP chapter III as XLSX and CSV (DashboardTest's Dumai 2024 data): read back
 * with POI, every number equals the JSON answer's at the same moment; percentages are percent cells.
 */
@QuarkusTest
class ExportTest {

    /** JSON numbers as the exact decimals the API wrote, not floats. */
    static final JsonPathConfig EXACT = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @BeforeAll
    static void data() {
        DashboardTest.events(); // same events again: consumers keep what they have (idempotent), or apply them once
    }

    static void awaitFigures() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(DashboardTest.URL).then()
                .statusCode(200).body("budget.spent", equalTo(96685000)));
    }

    static XSSFWorkbook workbook(String url) throws Exception {
        byte[] body = given().queryParam("format", "xlsx").get(url).then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", containsString(".xlsx")).extract().asByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(body));
    }

    static List<String> sheets(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    static double percent(Row row, int column) {
        assertThat(row.getCell(column).getCellStyle().getDataFormatString()).endsWith("%");
        return row.getCell(column).getNumericCellValue() * 100;
    }

    @Test
    void agencyDashboardAsAWorkbookHasTheApisNumbers() throws Exception {
        awaitFigures();
        JsonPath api = given().queryParam("compare", true).get(DashboardTest.URL).then().statusCode(200).extract()
                .jsonPath().using(EXACT);
        try (XSSFWorkbook wb = workbook(DashboardTest.URL + "?compare=true")) {
            assertThat(sheets(wb)).containsExactly("Sampul", "IKU", "Anggaran", "Efisiensi", "Perbandingan",
                    "Tahun sebelumnya", "Pembanding");
            assertThat(wb.getSheet("Sampul").getRow(1).getCell(1).getStringCellValue()).matches("[1-9][0-9]*");
            Sheet iku = wb.getSheet("IKU");
            assertThat(iku.getPaneInformation().isFreezePane()).isTrue();
            List<Map<String, Object>> indicators = new ArrayList<>();
            api.getList("sasaran", Map.class).forEach(s -> indicators.addAll((List<Map<String, Object>>) s.get("indicators")));
            assertThat(iku.getLastRowNum()).isEqualTo(indicators.size());
            for (int i = 0; i < indicators.size(); i++) {
                Row row = iku.getRow(i + 1);
                Map<String, Object> json = indicators.get(i);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(json.get("code"));
                if (json.get("capaian") != null) {
                    assertThat(percent(row, 11)).isCloseTo(((Number) json.get("capaian")).doubleValue(), within(1e-9));
                    assertThat(row.getCell(8).getNumericCellValue())
                            .isCloseTo(((Number) json.get("realisation")).doubleValue(), within(1e-9));
                }
            }
            Row total = wb.getSheet("Anggaran").getRow(wb.getSheet("Anggaran").getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Jumlah");
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(api.getDouble("budget.pagu"));
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(api.getDouble("budget.spent"));
            assertThat(percent(total, 5)).isCloseTo(api.getDouble("budget.absorption"), within(1e-9));
            assertThat(wb.getSheet("Efisiensi").getRow(1).getCell(4).getNumericCellValue())
                    .isCloseTo(api.getDouble("sasaran[0].efficiency.value"), within(1e-9));
            assertThat(wb.getSheet("Pembanding").getLastRowNum()).isGreaterThan(0);
        }
        // the same by the Accept header; one table as CSV with plain numbers
        given().header("Accept", XLSX).get(DashboardTest.URL).then().statusCode(200).contentType(XLSX);
        String csv = given().queryParam("format", "csv").queryParam("table", "anggaran").get(DashboardTest.URL)
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertThat(csv).startsWith("Kode,Program,Sasaran,Pagu,Realisasi,Serapan\r\n")
                .contains("Jumlah,pagu DPPA,,100000000,96685000," + ((java.math.BigDecimal) api.get("budget.absorption")).toPlainString());
        given().queryParam("format", "pdf").get(DashboardTest.URL).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("format"));
        given().queryParam("format", "csv").queryParam("table", "nope").get(DashboardTest.URL).then().statusCode(400)
                .body("errors[0].field", equalTo("table"));
    }

    @Test
    void findingsPemdaAndLkjipTables() throws Exception {
        awaitFigures();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("format", "csv")
                .get(DashboardTest.URL + "/findings").then().statusCode(200)
                .body(containsString("REPORTED_TOTAL_DIFFERS")).body(containsString("reported=95000000")));

        String pemdaUrl = "/api/v1/tenants/" + DashboardTest.T + "/dashboard/2024";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(pemdaUrl).then().statusCode(200)
                .body("agencies[0].agency", equalTo(DashboardTest.A)));
        JsonPath pemda = given().get(pemdaUrl).then().extract().jsonPath().using(EXACT);
        try (XSSFWorkbook wb = workbook(pemdaUrl)) {
            Row first = wb.getSheet("OPD").getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo(pemda.getString("agencies[0].agency"));
            assertThat(percent(first, 1)).isCloseTo(pemda.getDouble("agencies[0].averageCapaian"), within(1e-9));
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(pemda.getDouble("agencies[0].pagu"));
            assertThat(wb.getSheet("Predikat").getLastRowNum()).isEqualTo(pemda.getMap("predicateDistribution").size());
        }

        String lkjipUrl = "/api/v1/tenants/" + DashboardTest.T + "/agencies/" + DashboardTest.A + "/lkjip/2024";
        JsonPath lkjip = given().get(lkjipUrl).then().statusCode(200).extract().jsonPath().using(EXACT);
        try (XSSFWorkbook wb = workbook(lkjipUrl)) {
            assertThat(sheets(wb)).contains("Capaian kinerja", "RFK", "Temuan");
            assertThat(wb.getSheet("Sampul").getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo(lkjip.getString("version"));
            Sheet rfk = wb.getSheet("RFK");
            List<Map<String, Object>> lines = lkjip.getList("chapterIII.rfk");
            for (int i = 0; i < lines.size(); i++) {
                Row row = rfk.getRow(i + 1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(lines.get(i).get("level"));
                assertThat(row.getCell(3).getNumericCellValue())
                        .isEqualTo(((Number) lines.get(i).get("pagu")).doubleValue());
                if (lines.get(i).get("pctKeuangan") != null) {
                    assertThat(percent(row, 9)).isCloseTo(((Number) lines.get(i).get("pctKeuangan")).doubleValue(),
                            within(1e-9));
                }
            }
            assertThat(percent(wb.getSheet("Capaian kinerja").getRow(2), 11))
                    .isCloseTo(lkjip.getDouble("chapterIII.sasaran[0].indicators[1].figures.capaian"), within(1e-9));
        }
    }
}
