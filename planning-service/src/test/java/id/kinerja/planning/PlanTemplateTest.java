package id.kinerja.planning;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/**
 * The plan template round trip on the Dumai 2024 plan: download, re-upload unchanged (nothing changes), edit
 * as a person would (a target by formula, a new sub-kegiatan with an Indonesian-format pagu), then a second
 * edit with a wrong choice, an empty required cell and an unsaved formula that is refused cell by cell.
 */
@QuarkusTest
class PlanTemplateTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void templateRoundTrip() throws Exception {
        String base = PlanFixtures.agency("kota-templat", "DISNAKER");
        com.fasterxml.jackson.databind.node.ObjectNode plan = PlanFixtures.dumaiPlan();
        for (var indicator : plan.withArray("indicators")) {
            if (indicator.get("code").asText().equals("DM-IKU-1")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) indicator).putArray("references").addObject()
                        .put("year", 2024).put("scope", "NATIONAL").put("value", 6.2).put("source", "BPS");
            }
        }
        // a qualitative indicator: its targets are categories, typed as text in the year columns
        plan.withArray("indicators").add(PlanFixtures.JSON.readTree("""
                {"code": "DM-IKU-5", "level": "SASARAN", "parentCode": "DM-S3", "name": "Predikat SAKIP",
                 "unit": "predikat", "direction": "HIGHER_IS_BETTER", "aggregation": "LAST_VALUE",
                 "valueType": "CATEGORY", "categories": ["C", "B", "BB", "A"],
                 "targets": [{"year": 2024, "category": "BB"}, {"year": 2025, "category": "A"}]}"""));
        given().contentType(ContentType.JSON).body(plan).post(base + "/plan-import").then().statusCode(200);

        byte[] template = given().get(base + "/templates/2024/plan.xlsx").then().statusCode(200)
                .contentType(XLSX).extract().asByteArray();
        try (XSSFWorkbook wb = open(template)) {
            assertThat(names(wb)).containsExactly("Petunjuk", "Versi Renstra", "Tujuan Sasaran", "Indikator",
                    "Referensi", "Anggaran", "PK", "PK Indikator", "PK Anggaran", "Perubahan PK", "Target TW");
            XSSFSheet indikator = wb.getSheet("Indikator");
            assertThat(indikator.getPaneInformation().isFreezePane()).isTrue();
            assertThat(indikator.getDataValidations()).isNotEmpty();
            assertThat(number(indikator, "DM-IKU-1", "Target 2024")).isEqualTo(10);
            assertThat(text(indikator, "DM-IKU-1", "Arah")).isEqualTo("HIGHER_IS_BETTER");
            assertThat(wb.getSheet("Anggaran").getLastRowNum()).isEqualTo(63);
            assertThat(text(wb.getSheet("Perubahan PK"), "PK-KADIS", "Versi")).isEqualTo("2");
            assertThat(text(wb.getSheet("Referensi"), "DM-IKU-1", "Cakupan")).isEqualTo("NATIONAL");
            assertThat(text(indikator, "DM-IKU-5", "Target 2024")).isEqualTo("BB");
            assertThat(text(indikator, "DM-IKU-5", "Kategori")).isEqualTo("C, B, BB, A");
        }

        // the template as downloaded changes nothing
        upload(base, template, false).then().statusCode(200)
                .body("importCount.created", equalTo(0), "importCount.updated", equalTo(0),
                        "importCount.unchanged", equalTo(81), // the Dumai plan's 81 items but the tenant rules, + DM-IKU-5
                        // a warning names the row of the sheet it is about, with the document path
                        "warnings.field", hasItem("'Target TW'!2:2"));

        byte[] edited;
        try (XSSFWorkbook wb = open(template)) {
            Cell target = cell(wb.getSheet("Indikator"), "DM-IKU-2", "Target 2025");
            target.setCellFormula("5*3");
            Sheet anggaran = wb.getSheet("Anggaran");
            Row added = anggaran.createRow(anggaran.getLastRowNum() + 1);
            set(anggaran, added, "Tingkat", "SUB_KEGIATAN");
            set(anggaran, added, "Kode", "2.07.03.2.01.0099");
            set(anggaran, added, "Nama", "Pelatihan Tambahan");
            set(anggaran, added, "Kode sasaran", "DM-S1");
            set(anggaran, added, "Pagu DPPA", "1.234.567,89");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll(); // as Excel saves it: with the result
            edited = bytes(wb);
        }
        upload(base, edited, true).then().statusCode(200)
                .body("dryRun", equalTo(true), "byType.indicator.updated", equalTo(1),
                        "byType.budgetNode.created", equalTo(1));
        given().get(base + "/budget/2024").then().body("total.DPPA", equalTo(9584669104L));

        upload(base, edited, false).then().statusCode(200)
                .body("byType.indicator.updated", equalTo(1), "byType.budgetNode.created", equalTo(1));
        assertStored(base);

        byte[] wrong;
        try (XSSFWorkbook wb = open(edited)) {
            Sheet indikator = wb.getSheet("Indikator");
            cell(indikator, "DM-IKU-1", "Arah").setCellValue("NAIK");
            cell(indikator, "DM-IKU-3", "Satuan").setBlank();
            cell(indikator, "DM-IKU-3", "Target 2025").setCellValue(99);
            Cell formula = cell(wb.getSheet("Target TW"), "PK-KABID-PELATIHAN", "TW II");
            formula.setBlank();
            formula.setCellFormula("10+15"); // saved without its result, as some generators do
            wrong = bytes(wb);
        }
        Response refused = upload(base, wrong, false);
        refused.then().statusCode(400).contentType("application/problem+json")
                .body("errors", hasSize(3))
                .body("errors.field", hasItems(ref(wrong, "Indikator", "DM-IKU-1", "Arah"),
                        ref(wrong, "Indikator", "DM-IKU-3", "Satuan"),
                        ref(wrong, "Target TW", "PK-KABID-PELATIHAN", "TW II")))
                .body("errors.find { it.field.endsWith('" + ref(wrong, "Indikator", "DM-IKU-3", "Satuan").split("!")[1]
                        + "') }.message", matchesPattern("must not be blank \\(indicators\\[\\d+]\\.unit\\)"));
        assertThat(refused.jsonPath().getString("errors.find { it.value == 'NAIK' }.message")).contains("HIGHER_IS_BETTER");
        assertStored(base);

        // the import service's own errors (422) name the cell too: a target for a year after the Renstra period
        byte[] late;
        String lateCell;
        try (XSSFWorkbook wb = open(edited)) {
            Sheet indikator = wb.getSheet("Indikator");
            int column = indikator.getRow(0).getLastCellNum();
            indikator.getRow(0).createCell(column).setCellValue("Target 2030");
            Cell c = cell(indikator, "DM-IKU-1", "Target 2030");
            c.setCellValue(5);
            lateCell = "Indikator!" + c.getAddress();
            late = bytes(wb);
        }
        upload(base, late, false).then().statusCode(422)
                .body("errors[0].field", equalTo(lateCell))
                .body("errors[0].message", matchesPattern("outside the Renstra period 2021-2026 \\(indicators\\[\\d+]\\.targets\\[\\d+]\\.year\\)"));
        assertStored(base);

        // the first edit again: everything unchanged
        upload(base, edited, false).then().statusCode(200)
                .body("importCount.created", equalTo(0), "importCount.updated", equalTo(0));
        assertStored(base);

        upload(base, "not a workbook".getBytes(), false).then().statusCode(400).body("errors.field", hasItem("body"));
    }

    @Test
    void anAgencyWithoutAPlanGetsEmptySheets() throws IOException {
        String base = PlanFixtures.agency("kota-templat", "BARU");
        byte[] template = given().get(base + "/templates/2025/plan.xlsx").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook wb = open(template)) {
            assertThat(wb.getSheet("Indikator").getRow(0).getCell(16).getStringCellValue()).isEqualTo("Target 2025");
            assertThat(wb.getSheet("Anggaran").getLastRowNum()).isZero();
            assertThat(new DataFormatter().formatCellValue(wb.getSheet("Petunjuk").getRow(2).getCell(1))).isEqualTo("2025");
        }
        given().get("/api/v1/tenants/kota-templat/agencies/NOPE/templates/2025/plan.xlsx").then().statusCode(404);
    }

    private static void assertStored(String base) {
        given().get(base + "/budget/2024").then().statusCode(200)
                .body("total.DPPA", equalTo(9585903671.89f))
                .body("programs.find { it.node.code == '2.07.03' }.children.find { it.node.code == '2.07.03.2.01' }"
                        + ".children.node.code", hasItem("2.07.03.2.01.0099"));
        given().queryParam("codePrefix", "DM-IKU-").get(base + "/renstra/2021-2026/indicators").then()
                .body("items.find { it.code == 'DM-IKU-2' }.targets.find { it.year == 2025 }.value", equalTo(15))
                .body("items.find { it.code == 'DM-IKU-3' }.targets.find { it.year == 2025 }.value", not(equalTo(99)))
                .body("items.find { it.code == 'DM-IKU-1' }.direction", equalTo("HIGHER_IS_BETTER"));
    }

    private static Response upload(String base, byte[] body, boolean dryRun) {
        return given().contentType(XLSX).body(body).queryParam("dryRun", dryRun).post(base + "/plan-import");
    }

    static XSSFWorkbook open(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    static byte[] bytes(XSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }

    static java.util.List<String> names(XSSFWorkbook wb) {
        java.util.List<String> names = new java.util.ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    static int column(Sheet sheet, String header) {
        for (Cell c : sheet.getRow(0)) {
            if (c.getStringCellValue().equals(header)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header + " on " + sheet.getSheetName());
    }

    /** The cell of the first row whose first two columns hold the code, in the named column. */
    static Cell cell(Sheet sheet, String code, String header) {
        DataFormatter f = new DataFormatter();
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && (code.equals(f.formatCellValue(row.getCell(0)))
                    || code.equals(f.formatCellValue(row.getCell(1))))) {
                Cell c = row.getCell(column(sheet, header));
                return c != null ? c : row.createCell(column(sheet, header));
            }
        }
        throw new AssertionError("no row " + code + " on " + sheet.getSheetName());
    }

    static String text(Sheet sheet, String code, String header) {
        return new DataFormatter().formatCellValue(cell(sheet, code, header));
    }

    static double number(Sheet sheet, String code, String header) {
        Cell c = cell(sheet, code, header);
        assertThat(c.getCellType()).isEqualTo(CellType.NUMERIC);
        return c.getNumericCellValue();
    }

    static void set(Sheet sheet, Row row, String header, String value) {
        row.createCell(column(sheet, header)).setCellValue(value);
    }

    static String ref(byte[] xlsx, String sheet, String code, String header) {
        try (XSSFWorkbook wb = open(xlsx)) {
            return sheet.replace(" ", "").equals(sheet) ? sheet + "!" + cell(wb.getSheet(sheet), code, header).getAddress()
                    : "'" + sheet + "'!" + cell(wb.getSheet(sheet), code, header).getAddress();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
