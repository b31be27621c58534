package id.kinerja.realisation;

import id.kinerja.events.plan.ValueType;
import id.kinerja.realisation.spreadsheet.TemplateLayout;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.ByteArrayOutputStream;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * Not part of the suite (bench/spreadsheets.sh runs it): 50 000 realisation rows imported as a filled XLSX
 * workbook and the same rows as CSV, each into its own agency, timed from the client; prints rows/s.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "kinerja.bench.spreadsheets", matches = "true")
class SpreadsheetImportBench {

    static final String T = "kota-bench-xlsx";
    static final int INDICATORS = 2500;
    static final int YEARS = 5;

    @Test
    void fiftyThousandRowsAsXlsxAndAsCsv() throws Exception {
        PlanSeeder seeder = new PlanSeeder(T).agency("XLSX").agency("CSV").renstra("XLSX", 2021, 2026)
                .renstra("CSV", 2021, 2026);
        for (int i = 1; i <= INDICATORS; i++) {
            seeder.indicator("XLSX", "I-" + i, ValueType.NUMBER, List.of());
            seeder.indicator("CSV", "I-" + i, ValueType.NUMBER, List.of());
        }
        seeder.flush();
        ReplicaProbe.awaitIndicators(T, 2L * INDICATORS);
        byte[] xlsx = workbook("XLSX");
        byte[] csv = csv("CSV");
        // warm-up: a dry run of each; then dry runs (reading and validation, nothing written) and real imports
        post(xlsx, SpreadsheetTemplateTest.XLSX, "?dryRun=true");
        post(csv, "text/csv", "?dryRun=true");
        long xd = post(xlsx, SpreadsheetTemplateTest.XLSX, "?dryRun=true");
        long cd = post(csv, "text/csv", "?dryRun=true");
        long x = post(xlsx, SpreadsheetTemplateTest.XLSX, "");
        long c = post(csv, "text/csv", "");
        int rows = INDICATORS * YEARS * 4;
        System.out.printf("%nBENCH spreadsheets: %d rows; XLSX %d KB: dry run %d ms = %d rows/s, import %d ms = %d rows/s;"
                        + " CSV %d KB: dry run %d ms = %d rows/s, import %d ms = %d rows/s%n", rows, xlsx.length / 1024,
                xd, rows * 1000L / xd, x, rows * 1000L / x, csv.length / 1024, cd, rows * 1000L / cd, c,
                rows * 1000L / c);
    }

    static long post(byte[] body, String type, String query) {
        long started = System.nanoTime();
        given().contentType(type).body(body).post("/api/v1/tenants/" + T + "/indicator-realisations/bulk" + query)
                .then().statusCode(200).body("importCount.rejected", equalTo(0));
        return Math.max(1, (System.nanoTime() - started) / 1_000_000);
    }

    /** The rows as a person's filled template: the template's header, number cells, text narrative. */
    static byte[] workbook(String agency) throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Realisasi");
            Row head = sheet.createRow(0);
            String[] columns = {"agencyCode", "indicatorCode", "year", "quarter", "value", "dataSource"};
            for (int c = 0; c < columns.length; c++) {
                head.createCell(c).setCellValue(TemplateLayout.INDICATOR.columns().get(
                        TemplateLayout.INDICATOR.index(columns[c])).header());
            }
            int r = 1;
            for (int y = 0; y < YEARS; y++) {
                for (int i = 1; i <= INDICATORS; i++) {
                    for (int q = 1; q <= 4; q++) {
                        Row row = sheet.createRow(r++);
                        row.createCell(0).setCellValue(agency);
                        row.createCell(1).setCellValue("I-" + i);
                        row.createCell(2).setCellValue(2021 + y);
                        row.createCell(3).setCellValue(q);
                        row.createCell(4).setCellValue(1.5 + q);
                        row.createCell(5).setCellValue("BPS");
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    static byte[] csv(String agency) {
        StringBuilder s = new StringBuilder("agencyCode,indicatorCode,year,quarter,value,dataSource\n");
        for (int y = 0; y < YEARS; y++) {
            for (int i = 1; i <= INDICATORS; i++) {
                for (int q = 1; q <= 4; q++) {
                    s.append(agency).append(",I-").append(i).append(',').append(2021 + y).append(',').append(q)
                            .append(',').append(1.5 + q).append(",BPS\n");
                }
            }
        }
        return s.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
