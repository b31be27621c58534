package id.kinerja.planning.spreadsheet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import id.kinerja.spreadsheets.NumberText;
import id.kinerja.spreadsheets.SheetReader;
import org.apache.poi.ss.usermodel.DateUtil;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One template cell as the JSON value its column takes. Number cells are read as stored (whatever the display
 * format); numbers typed as text may be Indonesian ({@code 1.234.567,89}) or English, and the ambiguous
 * {@code 1.234} is Indonesian thousands. A formula counts by its saved result; one saved without a result, or
 * showing an error, is refused (never read as its text).
 */
final class CellValues {

    /** The cell cannot be read as its column's kind; the message says what it should be. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    /** A value for {@code path} (TARGET cells go to {@code path.value} or {@code path.category}). */
    record Value(String path, JsonNode node) {
    }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Set<String> YES = Set.of("ya", "y", "true", "benar", "yes");
    private static final Set<String> NO = Set.of("tidak", "t", "false", "salah", "no");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d-M-uuuu"));

    private CellValues() {
    }

    static Value read(PlanSheets.Col col, SheetReader.Cell cell) throws Unreadable {
        switch (cell.kind()) {
            case FORMULA_WITHOUT_VALUE -> throw new Unreadable("a formula saved without its result: type the value,"
                    + " or open and save the workbook in Excel or LibreOffice so the result is stored");
            case ERROR -> throw new Unreadable("the cell shows an error (" + cell.text() + ")");
            default -> { }
        }
        String text = cell.kind() == SheetReader.Kind.NUMBER ? cell.number().toPlainString() : cell.text().trim();
        return switch (col.kind()) {
            case TEXT -> new Value(col.path(), JSON.textNode(text));
            case INTEGER -> {
                BigDecimal n = number(cell);
                if (n == null || n.stripTrailingZeros().scale() > 0 || n.abs().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
                    throw new Unreadable("a whole number");
                }
                yield new Value(col.path(), JSON.numberNode(n.intValue()));
            }
            case DECIMAL, MONEY -> {
                BigDecimal n = number(cell);
                if (n == null) {
                    throw new Unreadable("not a number (e.g. 1234,56 or 1.234.567,89)");
                }
                yield new Value(col.path(), JSON.numberNode(n));
            }
            case DATE -> new Value(col.path(), JSON.textNode(date(cell).toString()));
            case ENUM -> {
                String name = text.toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
                if (!col.values().contains(name)) {
                    throw new Unreadable("one of " + String.join(", ", col.values()));
                }
                yield new Value(col.path(), JSON.textNode(name));
            }
            case BOOLEAN -> {
                String b = text.toLowerCase(Locale.ROOT);
                if (!YES.contains(b) && !NO.contains(b)) {
                    throw new Unreadable("Ya or Tidak");
                }
                yield new Value(col.path(), JSON.booleanNode(YES.contains(b)));
            }
            case LIST -> {
                ArrayNode list = JSON.arrayNode();
                for (String part : text.split("[,;]")) {
                    if (!part.isBlank()) {
                        list.add(part.trim());
                    }
                }
                yield new Value(col.path(), list);
            }
            case TARGET -> {
                BigDecimal n = number(cell);
                yield n != null ? new Value(col.path() + ".value", JSON.numberNode(n))
                        : new Value(col.path() + ".category", JSON.textNode(text));
            }
        };
    }

    private static BigDecimal number(SheetReader.Cell cell) {
        return switch (cell.kind()) {
            case NUMBER -> cell.number();
            case TEXT -> NumberText.parse(cell.text(), true);
            default -> null;
        };
    }

    private static LocalDate date(SheetReader.Cell cell) throws Unreadable {
        if (cell.kind() == SheetReader.Kind.NUMBER) {
            double serial = Double.parseDouble(cell.text());
            if (DateUtil.isValidExcelDate(serial) && serial >= 1) {
                return DateUtil.getLocalDateTime(serial).toLocalDate();
            }
        } else if (cell.kind() == SheetReader.Kind.TEXT) {
            for (DateTimeFormatter f : DATES) {
                try {
                    return LocalDate.parse(cell.text().trim(), f);
                } catch (DateTimeParseException ignored) {
                    // try the next form
                }
            }
        }
        throw new Unreadable("a date (2024-02-01 or 01/02/2024)");
    }
}
