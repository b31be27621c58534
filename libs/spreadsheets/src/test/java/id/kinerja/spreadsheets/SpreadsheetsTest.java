package id.kinerja.spreadsheets;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpreadsheetsTest {

    @Test
    void readsCellsAsStoredAndFormulasByTheirCachedValue() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Petunjuk").createRow(0).createCell(0).setCellValue("ignored");
            Sheet sheet = wb.createSheet("Data");
            Row head = sheet.createRow(0);
            head.createCell(0).setCellValue("a");
            Row row = sheet.createRow(3);
            row.createCell(0).setCellValue(1234.5);
            row.createCell(1).setCellValue("12,5");
            row.createCell(2).setCellFormula("A4*2");
            row.createCell(3).setCellFormula("A4*3");
            row.createCell(4).setCellValue(true);
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(row.getCell(2));
            wb.write(out);
        }
        try (SheetReader reader = SheetReader.open(out.toByteArray(), "data")) {
            assertThat(reader.sheetName()).isEqualTo("Data");
            List<SheetReader.SheetRow> rows = new ArrayList<>();
            reader.forEachRemaining(rows::add);
            assertThat(rows).extracting(SheetReader.SheetRow::number).containsExactly(1, 4);
            SheetReader.SheetRow r = rows.get(1);
            assertThat(r.cell(0)).isEqualTo(new SheetReader.Cell("A4", 0, SheetReader.Kind.NUMBER, "1234.5"));
            assertThat(r.cell(1).kind()).isEqualTo(SheetReader.Kind.TEXT);
            assertThat(r.cell(2).number()).isEqualTo(new BigDecimal("2469"));
            assertThat(r.cell(3).kind()).isEqualTo(SheetReader.Kind.FORMULA_WITHOUT_VALUE);
            assertThat(r.cell(4).text()).isEqualTo("true");
        }
        assertThatThrownBy(() -> SheetReader.open("x,y\n1,2".getBytes(), "Data"))
                .isInstanceOf(UnreadableSpreadsheetException.class);
    }

    @Test
    void numbersInEitherNotation() {
        assertThat(NumberText.parse("1.234,56", false)).isEqualByComparingTo("1234.56");
        assertThat(NumberText.parse("1,234.56", true)).isEqualByComparingTo("1234.56");
        assertThat(NumberText.parse("20,26", false)).isEqualByComparingTo("20.26");
        assertThat(NumberText.parse("1.234", true)).isEqualByComparingTo("1234");
        assertThat(NumberText.parse("1.234", false)).isEqualByComparingTo("1.234");
        assertThat(NumberText.parse("1.234.567", false)).isEqualByComparingTo("1234567");
        assertThat(NumberText.parse("-7", false)).isEqualByComparingTo("-7");
        assertThat(NumberText.parse("abc", false)).isNull();
        assertThat(NumberText.parse("1,2,3", false)).isNull();
        assertThat(Columns.letter(0)).isEqualTo("A");
        assertThat(Columns.letter(27)).isEqualTo("AB");
        assertThat(Columns.index("AB12")).isEqualTo(27);
    }

    @Test
    void writesNumericCellsWithFormatsAndACover() throws Exception {
        Table t = Table.of("IKU", Table.text("Kode"), Table.column("Capaian", Table.Type.PERCENT),
                        Table.column("Pagu", Table.Type.MONEY))
                .row("IKU-1", new BigDecimal("85.5"), new BigDecimal("1234567.89"))
                .row("=cmd", null, 3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableWriter.xlsx(out, new TableWriter.Cover("Dasbor", "v7", Instant.parse("2025-01-01T00:00:00Z")), List.of(t));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Sampul");
            assertThat(wb.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("v7");
            Sheet s = wb.getSheet("IKU");
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            assertThat(s.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(0.855);
            assertThat(s.getRow(1).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            assertThat(s.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(1234567.89);
        }
        StringWriter csv = new StringWriter();
        TableWriter.csv(csv, t);
        assertThat(csv.toString()).isEqualTo("Kode,Capaian,Pagu\r\nIKU-1,85.5,1234567.89\r\n'=cmd,,3\r\n");
    }

    @Test
    void theFormatIsJsonUnlessAskedForATableFormatAlone() {
        assertThat(ExportFormat.of(null, null)).isEqualTo(ExportFormat.JSON);
        assertThat(ExportFormat.of("XLSX", "application/json")).isEqualTo(ExportFormat.XLSX);
        assertThat(ExportFormat.of(null, TableWriter.XLSX)).isEqualTo(ExportFormat.XLSX);
        assertThat(ExportFormat.of(null, TableWriter.CSV)).isEqualTo(ExportFormat.CSV);
        // what a generated client sends: every type the operation produces
        assertThat(ExportFormat.of(null, "application/json, " + TableWriter.XLSX + ", "
                + TableWriter.CSV)).isEqualTo(ExportFormat.JSON);
    }
}
