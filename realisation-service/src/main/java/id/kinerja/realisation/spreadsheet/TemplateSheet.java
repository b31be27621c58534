package id.kinerja.realisation.spreadsheet;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * A template workbook being written: the data sheet with its bold frozen header (info columns shaded, not
 * read back), a {@code Petunjuk} sheet of instructions, number formats and drop-down lists. Templates are one
 * agency-year (hundreds of rows), so the plain XSSF model is fine here; big exports stream with SXSSF.
 */
final class TemplateSheet {

    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final TemplateLayout layout;
    private final XSSFSheet sheet;
    private final CellStyle info;
    private final CellStyle money;
    private final CellStyle decimal;
    private int next = 1;

    TemplateSheet(TemplateLayout layout, String title, List<String> instructions) {
        this.layout = layout;
        XSSFSheet help = wb.createSheet("Petunjuk");
        help.createRow(0).createCell(0).setCellValue(title);
        for (int i = 0; i < instructions.size(); i++) {
            help.createRow(i + 2).createCell(0).setCellValue(instructions.get(i));
        }
        help.setColumnWidth(0, 120 * 256);
        sheet = wb.createSheet(layout.sheet());
        wb.setActiveSheet(1);
        CellStyle bold = wb.createCellStyle();
        Font font = wb.createFont();
        font.setBold(true);
        bold.setFont(font);
        info = wb.createCellStyle();
        info.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        info.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        money = wb.createCellStyle();
        money.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
        decimal = wb.createCellStyle();
        decimal.setDataFormat(wb.createDataFormat().getFormat("#,##0.##"));
        org.apache.poi.ss.usermodel.Row head = sheet.createRow(0);
        for (int c = 0; c < layout.columns().size(); c++) {
            TemplateLayout.Col col = layout.columns().get(c);
            head.createCell(c).setCellValue(col.header());
            head.getCell(c).setCellStyle(bold);
            sheet.setColumnWidth(c, col.width() * 256);
            if (col.kind() == TemplateLayout.Kind.NUMBER && col.role() != TemplateLayout.Role.KEY) {
                sheet.setDefaultColumnStyle(c, "paguInForce".equals(col.field()) || "amount".equals(col.field())
                        ? money : decimal);
            }
        }
        sheet.createFreezePane(2, 1);
    }

    /** Appends a row; values by field name of the layout's columns (missing: empty). Answers its sheet row. */
    int row(java.util.Map<String, Object> values) {
        org.apache.poi.ss.usermodel.Row row = sheet.createRow(next++);
        for (int c = 0; c < layout.columns().size(); c++) {
            TemplateLayout.Col col = layout.columns().get(c);
            Object v = values.get(col.field());
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
            if (v instanceof BigDecimal d) {
                cell.setCellValue(d.doubleValue());
                cell.setCellStyle("paguInForce".equals(col.field()) ? money : decimal);
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v instanceof Boolean b) {
                cell.setCellValue(b ? "Ya" : "Tidak");
            } else if (v != null) {
                cell.setCellValue(v.toString());
            }
            if (col.role() == TemplateLayout.Role.INFO) {
                cell.setCellStyle(info);
            }
        }
        return next;
    }

    /** A drop-down list on a field's column, from the first data row to {@code lastRow} (1-based, inclusive). */
    void list(String field, int firstRow, int lastRow, List<String> values) {
        if (values.isEmpty() || lastRow < firstRow) {
            return;
        }
        int c = layout.index(field);
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation v = helper.createValidation(helper.createExplicitListConstraint(values.toArray(String[]::new)),
                new CellRangeAddressList(firstRow - 1, lastRow - 1, c, c));
        v.setShowErrorBox(true);
        v.createErrorBox("Kinerja", "Pilih salah satu: " + String.join(", ", values));
        sheet.addValidationData(v);
    }

    int lastRow() {
        return next;
    }

    byte[] bytes() throws IOException {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        }
    }
}
