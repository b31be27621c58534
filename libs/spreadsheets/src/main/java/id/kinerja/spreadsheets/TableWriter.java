package id.kinerja.spreadsheets;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes tables as one XLSX workbook (SXSSF: rows stream to disk, never a whole DOM) or a table as CSV.
 * XLSX: a cover sheet ({@code Sampul}) with the title, the figures' version and the time, then one sheet per
 * table with a frozen bold header, numbers as numeric cells with display formats (Excel shows them with the
 * reader's separators: {@code 1.234,56} in an Indonesian locale), percentages as percentages, widths fitted.
 * CSV: RFC 4180, plain numbers ({@code 1234.56}), percentages in points as the API gives them.
 */
public final class TableWriter {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv";

    /** What the cover sheet says: a title, the figures' version (or null) and when they were computed. */
    public record Cover(String title, String figuresVersion, Instant computedAt) {
    }

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'WIB'");

    private TableWriter() {
    }

    public static void xlsx(OutputStream out, Cover cover, List<Table> tables) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            Map<Table.Type, CellStyle> styles = styles(wb);
            CellStyle bold = header(wb);
            Sheet sampul = wb.createSheet("Sampul");
            Map<String, Object> lines = new LinkedHashMap<>();
            lines.put("Judul", cover.title());
            lines.put("Versi angka", cover.figuresVersion() == null ? "-" : cover.figuresVersion());
            lines.put("Dihitung pada", cover.computedAt() == null ? "-" : TIME.format(cover.computedAt().atZone(WIB)));
            lines.put("Diunduh pada", TIME.format(Instant.now().atZone(WIB)));
            lines.put("Tabel", String.join(", ", tables.stream().map(Table::name).toList()));
            int r = 0;
            for (Map.Entry<String, Object> line : lines.entrySet()) {
                org.apache.poi.ss.usermodel.Row row = sampul.createRow(r++);
                row.createCell(0).setCellValue(line.getKey());
                row.getCell(0).setCellStyle(bold);
                row.createCell(1).setCellValue(String.valueOf(line.getValue()));
            }
            sampul.setColumnWidth(0, 18 * 256);
            sampul.setColumnWidth(1, 80 * 256);
            for (Table table : tables) {
                sheet(wb, table, styles, bold);
            }
            wb.write(out);
        } finally {
            wb.close(); // also deletes SXSSF's temporary files
        }
    }

    private static void sheet(SXSSFWorkbook wb, Table table, Map<Table.Type, CellStyle> styles, CellStyle bold) {
        SXSSFSheet sheet = wb.createSheet(table.name());
        int[] widths = new int[table.columns().size()];
        org.apache.poi.ss.usermodel.Row head = sheet.createRow(0);
        for (int c = 0; c < widths.length; c++) {
            head.createCell(c).setCellValue(table.columns().get(c).header());
            head.getCell(c).setCellStyle(bold);
            widths[c] = table.columns().get(c).header().length();
        }
        int r = 1;
        for (List<Object> values : table.rows()) {
            org.apache.poi.ss.usermodel.Row row = sheet.createRow(r++);
            for (int c = 0; c < widths.length; c++) {
                Object v = values.get(c);
                if (v == null) {
                    continue;
                }
                Table.Type type = table.columns().get(c).type();
                org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
                if (v instanceof Number n && type != Table.Type.TEXT) {
                    BigDecimal d = n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
                    cell.setCellValue(type == Table.Type.PERCENT ? d.movePointLeft(2).doubleValue() : d.doubleValue());
                    cell.setCellStyle(styles.get(type));
                    widths[c] = Math.max(widths[c], d.toPlainString().length() + 4);
                } else if (v instanceof Boolean b) {
                    cell.setCellValue(b ? "Ya" : "Tidak");
                } else {
                    String s = v.toString();
                    cell.setCellValue(s);
                    widths[c] = Math.max(widths[c], Math.min(s.length(), 60));
                }
            }
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, Math.min(255, widths[c] + 2) * 256);
        }
        sheet.createFreezePane(0, 1);
        if (widths.length > 0) {
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, r - 1), 0, widths.length - 1));
        }
    }

    private static Map<Table.Type, CellStyle> styles(SXSSFWorkbook wb) {
        Map<Table.Type, CellStyle> styles = new EnumMap<>(Table.Type.class);
        Map<Table.Type, String> formats = Map.of(Table.Type.INTEGER, "0", Table.Type.COUNT, "#,##0",
                Table.Type.DECIMAL, "#,##0.00", Table.Type.MONEY, "#,##0", Table.Type.PERCENT, "0.00%");
        for (Map.Entry<Table.Type, String> f : formats.entrySet()) {
            CellStyle style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat(f.getValue()));
            styles.put(f.getKey(), style);
        }
        return styles;
    }

    private static CellStyle header(SXSSFWorkbook wb) {
        CellStyle style = wb.createCellStyle();
        Font font = wb.createFont();
        font.setBold(true);
        style.setFont(font);
        style.setBorderBottom(BorderStyle.THIN);
        return style;
    }

    /**
     * The tables in the format: a workbook of all of them, or the CSV of the one named {@code csvTable} (the
     * first when null).
     *
     * @throws IllegalArgumentException when no table has that name
     */
    public static byte[] render(ExportFormat format, Cover cover, List<Table> tables, String csvTable)
            throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        if (format == ExportFormat.XLSX) {
            xlsx(out, cover, tables);
        } else {
            Table table = csvTable == null ? tables.get(0) : tables.stream()
                    .filter(t -> t.name().equalsIgnoreCase(csvTable)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("one of " + tables.stream().map(Table::name).toList()));
            Writer w = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
            csv(w, table);
        }
        return out.toByteArray();
    }

    public static void csv(Writer out, Table table) throws IOException {
        line(out, table.columns().stream().map(c -> (Object) c.header()).toList());
        for (List<Object> row : table.rows()) {
            line(out, row);
        }
        out.flush();
    }

    private static void line(Writer out, List<Object> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            Object v = values.get(i);
            String s = v == null ? "" : v instanceof BigDecimal d ? d.toPlainString() : v.toString();
            if (v instanceof String && !s.isEmpty() && "=+@\t".indexOf(s.charAt(0)) >= 0) {
                s = "'" + s; // a spreadsheet opening the CSV must not run a text as a formula
            }
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                s = '"' + s.replace("\"", "\"\"") + '"';
            }
            out.write(s);
        }
        out.write("\r\n");
    }
}
