package id.kinerja.reporting.monitoring;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The monitoring GETs as workbooks read back with POI: the same numbers as their JSON at the same moment. */
final class MonitoringExportCheck {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final JsonPathConfig EXACT = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    private MonitoringExportCheck() {
    }

    static XSSFWorkbook workbook(String url, Object... params) throws Exception {
        byte[] body = given().queryParam("format", "xlsx").get(url, params).then().statusCode(200).contentType(XLSX)
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

    @SuppressWarnings("unchecked")
    static void agency(String url) throws Exception {
        JsonPath api = given().get(url).then().statusCode(200).extract().jsonPath().using(EXACT);
        try (XSSFWorkbook wb = workbook(url)) {
            assertThat(sheets(wb)).containsExactly("Sampul", "Kepatuhan", "Proyeksi", "Peringatan");
            assertThat(wb.getSheet("Sampul").getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo(api.getString("version"));
            Sheet compliance = wb.getSheet("Kepatuhan");
            List<Map<String, Object>> quarters = api.getList("compliance", Map.class).stream()
                    .map(m -> (Map<String, Object>) m).toList();
            assertThat(compliance.getLastRowNum()).isEqualTo(quarters.size() * 2);
            for (int i = 0; i < quarters.size(); i++) {
                Map<String, Object> indicator = (Map<String, Object>) quarters.get(i).get("indicator");
                Row row = compliance.getRow(2 * i + 1);
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(i + 1.0);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(quarters.get(i).get("status"));
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo(indicator.get("status"));
                assertThat(row.getCell(5).getNumericCellValue())
                        .isEqualTo(((Number) indicator.get("submitted")).doubleValue());
            }
            Sheet projections = wb.getSheet("Proyeksi");
            List<Map<String, Object>> p = api.getList("projections", Map.class).stream()
                    .map(m -> (Map<String, Object>) m).toList();
            assertThat(projections.getLastRowNum()).isEqualTo(p.size());
            for (int i = 0; i < p.size(); i++) {
                Row row = projections.getRow(i + 1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(p.get(i).get("indicator"));
                if (p.get(i).get("projected") != null) {
                    assertThat(row.getCell(5).getNumericCellValue())
                            .isCloseTo(((Number) p.get(i).get("projected")).doubleValue(), within(1e-9));
                }
                if (p.get(i).get("projectedCapaian") != null) {
                    assertThat(percent(row, 9))
                            .isCloseTo(((Number) p.get(i).get("projectedCapaian")).doubleValue(), within(1e-9));
                }
            }
            assertThat(wb.getSheet("Peringatan").getLastRowNum()).isEqualTo(api.getList("warnings").size());
        }
        given().queryParam("format", "csv").queryParam("table", "Proyeksi").get(url).then().statusCode(200)
                .contentType(containsString("text/csv")).body(containsString("Indikator,Agregasi"));
        given().queryParam("format", "pdf").get(url).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("format"));
    }

    /** A pemda (with a per-quarter sheet) or province roll-up: totals and the first ranked line. */
    static void rollup(String url, String rankedSheet, String rankedKey, String listField, Object... params)
            throws Exception {
        JsonPath api = given().get(url, params).then().statusCode(200).extract().jsonPath().using(EXACT);
        try (XSSFWorkbook wb = workbook(url, params)) {
            Sheet ranked = wb.getSheet(rankedSheet);
            assertThat(ranked.getLastRowNum()).isEqualTo(api.getList(listField).size() + 1);
            Row first = ranked.getRow(1);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo(api.getString(listField + "[0]." + rankedKey));
            Row total = ranked.getRow(ranked.getLastRowNum());
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Jumlah");
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(api.getDouble("totals.expectedRecords"));
            assertThat(percent(total, 6)).isCloseTo(api.getDouble("totals.completeness"), within(1e-9));
            if (api.get("totals.onTime") != null) {
                assertThat(percent(total, 7)).isCloseTo(api.getDouble("totals.onTime"), within(1e-9));
            }
            assertThat(wb.getSheet("Terlambat").getLastRowNum()).isEqualTo(api.getList("overdue").size());
        }
    }
}
