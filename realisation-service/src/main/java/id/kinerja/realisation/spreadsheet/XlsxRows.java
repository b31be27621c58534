package id.kinerja.realisation.spreadsheet;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kinerja.commons.problem.ProblemException;
import id.kinerja.realisation.service.Row;
import id.kinerja.realisation.service.RowError;
import id.kinerja.realisation.service.RowReader;
import id.kinerja.spreadsheets.Columns;
import id.kinerja.spreadsheets.NumberText;
import id.kinerja.spreadsheets.SheetReader;
import id.kinerja.spreadsheets.UnreadableSpreadsheetException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The rows of an uploaded realisation workbook, streamed from its sheet, as push rows numbered by their sheet
 * row (so {@code rows[14]} is row 14 of the sheet). The first non-empty row is the header; rows whose input
 * cells are all empty are skipped. Number cells are read as stored (locale-independent); numbers typed as text
 * may be Indonesian or English ({@link NumberText}; {@code numberFormat=ID} settles {@code 1.234}). A formula
 * is read by its saved result; one saved without a result, or showing an error, is refused for that row.
 */
public final class XlsxRows<T> implements Iterator<Row<T>>, AutoCloseable {

    private static final Set<String> YES = Set.of("ya", "y", "true", "benar", "yes");
    private static final Set<String> NO = Set.of("tidak", "t", "false", "salah", "no");

    private final SheetReader sheet;
    private final TemplateLayout layout;
    private final Class<T> type;
    private final boolean indonesian;
    private final Map<Integer, TemplateLayout.Col> columns = new HashMap<>();
    private final Map<String, String> letters = new HashMap<>();
    private Row<T> next;

    private XlsxRows(SheetReader sheet, TemplateLayout layout, Class<T> type, boolean indonesian) {
        this.sheet = sheet;
        this.layout = layout;
        this.type = type;
        this.indonesian = indonesian;
    }

    public static <T> XlsxRows<T> open(byte[] body, TemplateLayout layout, Class<T> type, boolean indonesian) {
        SheetReader sheet;
        try {
            sheet = SheetReader.open(body, layout.sheet());
        } catch (UnreadableSpreadsheetException e) {
            throw ProblemException.badRequest("body", e.getMessage());
        }
        XlsxRows<T> rows = new XlsxRows<>(sheet, layout, type, indonesian);
        try {
            rows.header();
        } catch (RuntimeException e) {
            sheet.close();
            throw e;
        }
        return rows;
    }

    private void header() {
        if (!sheet.hasNext()) {
            throw ProblemException.badRequest("body", "the sheet '" + sheet.sheetName() + "' is empty");
        }
        SheetReader.SheetRow header = sheet.next();
        List<String> unknown = new ArrayList<>();
        for (SheetReader.Cell cell : header.cells().values()) {
            TemplateLayout.Col col = layout.byHeader(cell.text()).orElse(null);
            if (col == null) {
                unknown.add(sheet.sheetName() + "!" + cell.ref() + " '" + cell.text() + "'");
                continue;
            }
            columns.put(cell.column(), col);
            letters.put(col.field(), Columns.letter(cell.column()));
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.badRequest("header", "unknown column(s) " + unknown + "; the columns are "
                    + layout.columns().stream().map(TemplateLayout.Col::header).toList());
        }
        List<String> missing = layout.columns().stream()
                .filter(c -> c.role() == TemplateLayout.Role.KEY && !letters.containsKey(c.field()) && !"unit".equals(c.field()))
                .map(TemplateLayout.Col::header).toList();
        if (!missing.isEmpty()) {
            throw ProblemException.badRequest("header", "the header row " + header.number() + " of '"
                    + sheet.sheetName() + "' lacks " + missing);
        }
    }

    /** The cell a row error points at, {@code Realisasi!H14}, or the whole row {@code Realisasi!14:14}. */
    public RowError locate(RowError error) {
        String letter = letters.get(error.field());
        String name = sheet.sheetName().matches("[A-Za-z0-9_]+") ? sheet.sheetName()
                : "'" + sheet.sheetName().replace("'", "''") + "'";
        return error.at(name + "!" + (letter == null ? error.row() + ":" + error.row() : letter + error.row()));
    }

    @Override
    public boolean hasNext() {
        while (next == null && sheet.hasNext()) {
            next = read(sheet.next());
        }
        return next != null;
    }

    @Override
    public Row<T> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Row<T> row = next;
        next = null;
        return row;
    }

    /** A push row, an unreadable row, or null for a row nobody filled in. */
    private Row<T> read(SheetReader.SheetRow raw) {
        boolean filled = false;
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        RowError error = null;
        for (SheetReader.Cell cell : raw.cells().values()) {
            TemplateLayout.Col col = columns.get(cell.column());
            if (col == null || col.role() == TemplateLayout.Role.INFO) {
                continue;
            }
            filled |= col.role() == TemplateLayout.Role.INPUT;
            String problem = put(node, col, cell);
            if (problem != null && error == null) {
                error = RowError.of(raw.number(), col.field(), problem, cell.text());
            }
        }
        if (!filled) {
            return null;
        }
        return error != null ? Row.unreadable(raw.number(), error) : RowReader.bind(raw.number(), node, type);
    }

    /** Puts the cell's value in the row; answers why it cannot, or null. */
    private String put(ObjectNode node, TemplateLayout.Col col, SheetReader.Cell cell) {
        switch (cell.kind()) {
            case FORMULA_WITHOUT_VALUE -> {
                return "a formula saved without its result: type the value, or open and save the workbook in"
                        + " Excel or LibreOffice so the result is stored";
            }
            case ERROR -> {
                return "the cell shows an error (" + cell.text() + ")";
            }
            default -> { }
        }
        switch (col.kind()) {
            case NUMBER -> {
                BigDecimal number = cell.kind() == SheetReader.Kind.NUMBER ? cell.number()
                        : cell.kind() == SheetReader.Kind.TEXT ? NumberText.parse(cell.text(), indonesian) : null;
                if (number == null) {
                    return "not a number (e.g. 1234,56 or 1.234,56)";
                }
                RowReader.putNumber(node, col.field(), number);
            }
            case BOOLEAN -> {
                String text = cell.text().toLowerCase(Locale.ROOT);
                if (YES.contains(text)) {
                    node.put(col.field(), true);
                } else if (NO.contains(text)) {
                    node.put(col.field(), false);
                } else {
                    return "Ya or Tidak";
                }
            }
            default -> node.put(col.field(), cell.kind() == SheetReader.Kind.NUMBER
                    ? cell.number().toPlainString() : cell.text());
        }
        return null;
    }

    @Override
    public void close() {
        sheet.close();
    }
}
