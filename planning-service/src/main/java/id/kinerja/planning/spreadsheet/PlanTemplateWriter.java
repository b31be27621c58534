package id.kinerja.planning.spreadsheet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a plan document as the template workbook: the cover sheet ({@code Petunjuk}: instructions, the year
 * and the Renstra header), then one sheet per {@link PlanSheets.Layout} with a bold frozen header, fitted
 * widths, number and date formats, and drop-down lists on enumerations that reach well below the last row so
 * added rows get them too. One agency-year is hundreds of rows, so the plain XSSF model is fine here.
 */
final class PlanTemplateWriter {

    /** Rows below the last pre-filled one that still get the drop-down lists. */
    private static final int SPARE_ROWS = 300;

    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final CellStyle bold;
    private final CellStyle money;
    private final CellStyle date;

    private PlanTemplateWriter() {
        bold = wb.createCellStyle();
        Font font = wb.createFont();
        font.setBold(true);
        bold.setFont(font);
        money = wb.createCellStyle();
        money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
        date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
    }

    static byte[] write(ObjectNode doc, String title, List<String> instructions, List<PlanSheets.Layout> layouts)
            throws IOException {
        PlanTemplateWriter w = new PlanTemplateWriter();
        w.cover(doc, title, instructions);
        for (PlanSheets.Layout layout : layouts) {
            w.sheet(layout, PlanRows.of(doc, layout));
        }
        try (XSSFWorkbook wb = w.wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        }
    }

    private void cover(ObjectNode doc, String title, List<String> instructions) {
        XSSFSheet sheet = wb.createSheet(PlanSheets.COVER);
        Row head = sheet.createRow(0);
        head.createCell(0).setCellValue(title);
        head.getCell(0).setCellStyle(bold);
        int r = 2;
        for (PlanSheets.Col col : PlanSheets.COVER_FIELDS) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(col.header());
            row.getCell(0).setCellStyle(bold);
            put(row.createCell(1), col, JsonPaths.get(doc, col.path()));
        }
        r++;
        for (String line : instructions) {
            sheet.createRow(r++).createCell(0).setCellValue(line);
        }
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 70 * 256);
    }

    private void sheet(PlanSheets.Layout layout, List<ObjectNode> items) {
        XSSFSheet sheet = wb.createSheet(layout.sheet());
        Row head = sheet.createRow(0);
        List<PlanSheets.Col> cols = layout.columns();
        for (int c = 0; c < cols.size(); c++) {
            head.createCell(c).setCellValue(cols.get(c).header());
            head.getCell(c).setCellStyle(bold);
            sheet.setColumnWidth(c, Math.max(cols.get(c).width(), cols.get(c).header().length() + 2) * 256);
        }
        int r = 1;
        for (ObjectNode item : items) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < cols.size(); c++) {
                JsonNode v = JsonPaths.get(item, cols.get(c).path());
                if (v != null) {
                    put(row.createCell(c), cols.get(c), v);
                }
            }
        }
        for (int c = 0; c < cols.size(); c++) {
            if (!cols.get(c).values().isEmpty()) {
                list(sheet, c, r + SPARE_ROWS, cols.get(c).values());
            }
        }
        sheet.createFreezePane(Math.min(2, cols.size()), 1);
    }

    private void put(Cell cell, PlanSheets.Col col, JsonNode v) {
        if (v == null) {
            return;
        }
        switch (col.kind()) {
            case INTEGER, DECIMAL -> number(cell, v, null);
            case MONEY -> number(cell, v, money);
            case DATE -> {
                cell.setCellValue(LocalDate.parse(v.asText()));
                cell.setCellStyle(date);
            }
            case BOOLEAN -> cell.setCellValue(v.asBoolean() ? "Ya" : "Tidak");
            case LIST -> {
                List<String> parts = new ArrayList<>();
                v.forEach(p -> parts.add(p.asText()));
                if (!parts.isEmpty()) {
                    cell.setCellValue(String.join(", ", parts));
                }
            }
            case TARGET -> {
                JsonNode value = v.get("value");
                JsonNode category = v.get("category");
                if (value != null && !value.isNull()) {
                    number(cell, value, null);
                } else if (category != null && !category.isNull()) {
                    cell.setCellValue(category.asText());
                }
            }
            default -> cell.setCellValue(v.asText());
        }
    }

    private static void number(Cell cell, JsonNode v, CellStyle style) {
        cell.setCellValue(v.decimalValue().doubleValue());
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void list(XSSFSheet sheet, int column, int lastRow, List<String> values) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation v = helper.createValidation(helper.createExplicitListConstraint(values.toArray(String[]::new)),
                new CellRangeAddressList(1, lastRow, column, column));
        v.setShowErrorBox(true);
        v.createErrorBox("Kinerja", "Pilih salah satu: " + String.join(", ", values));
        sheet.addValidationData(v);
    }
}
