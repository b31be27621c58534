package id.kinerja.planning.spreadsheet;

import id.kinerja.commons.problem.Problem;
import id.kinerja.planning.service.Warning;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each document field came from: {@code indicators[3].unit} is {@code Indikator!E5}, and an item
 * without a cell of its own ({@code pks[0].amendments[0]}) is the row it came from, {@code 'PK Indikator'!7:7}.
 * Errors of validation and of the import service are renamed by it, as the realisation workbook import does:
 * the field becomes the cell, the message keeps the document path.
 */
final class CellMap {

    private final Map<String, String> cells = new HashMap<>();

    void put(String path, String ref) {
        cells.put(path, ref);
    }

    /** Records the row for the item and every item above it that has no place yet. */
    void row(String path, String rowRef) {
        for (String p = path; p != null; p = parent(p)) {
            cells.putIfAbsent(p, rowRef);
        }
    }

    /** The cell or row of the field, or of the nearest item holding it; null when the workbook has none. */
    String locate(String field) {
        for (String p = field; p != null; p = parent(p)) {
            String ref = cells.get(p);
            if (ref != null) {
                return ref;
            }
        }
        return null;
    }

    Problem.FieldError locate(Problem.FieldError e) {
        String cell = locate(e.field());
        return cell == null ? e : new Problem.FieldError(cell, e.message() + " (" + e.field() + ")", e.value());
    }

    Warning locate(Warning w) {
        String cell = w.field() == null ? null : locate(w.field());
        return cell == null ? w : new Warning(w.code(), cell, w.message() + " (" + w.field() + ")", w.value());
    }

    /** {@code a.b[2].c} → {@code a.b[2]} → {@code a.b} → {@code a} → null. */
    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? null : path.substring(0, cut);
    }

    static String sheetRef(String sheet, String ref) {
        return (sheet.matches("[A-Za-z0-9_]+") ? sheet : "'" + sheet.replace("'", "''") + "'") + "!" + ref;
    }
}
