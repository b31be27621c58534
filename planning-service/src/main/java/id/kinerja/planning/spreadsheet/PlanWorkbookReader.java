package id.kinerja.planning.spreadsheet;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kinerja.commons.problem.Problem;
import id.kinerja.commons.problem.ProblemException;
import id.kinerja.spreadsheets.Columns;
import id.kinerja.spreadsheets.SheetReader;
import id.kinerja.spreadsheets.UnreadableSpreadsheetException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a filled plan template back into the plan import document, sheet by sheet with the streaming
 * {@link SheetReader}: the year and Renstra header from the cover, then each section's sheet (a missing sheet
 * is a section left out; the first row is the header, in any column order). Every cell's place is kept in a
 * {@link CellMap}; cells that cannot be read are collected as errors naming the cell, not thrown one by one.
 */
final class PlanWorkbookReader {

    record Result(ObjectNode document, CellMap cells, List<Problem.FieldError> errors) {
    }

    private final byte[] body;
    private final ObjectNode doc = JsonNodeFactory.instance.objectNode();
    private final CellMap cells = new CellMap();
    private final List<Problem.FieldError> errors = new ArrayList<>();

    private PlanWorkbookReader(byte[] body) {
        this.body = body;
    }

    static Result read(byte[] body) {
        PlanWorkbookReader r = new PlanWorkbookReader(body);
        r.cover();
        for (PlanSheets.Layout layout : PlanSheets.all(List.of())) {
            r.sheet(layout);
        }
        return new Result(r.doc, r.cells, r.errors);
    }

    private SheetReader open(String name) {
        try {
            SheetReader sheet = SheetReader.open(body, name);
            if (sheet.sheetName().equalsIgnoreCase(name)) {
                return sheet;
            }
            sheet.close();
            return null;
        } catch (UnreadableSpreadsheetException e) {
            throw ProblemException.badRequest("body", e.getMessage());
        }
    }

    /** The cover's label/value rows: a label of {@link PlanSheets#COVER_FIELDS} in column A, its value in B. */
    private void cover() {
        try (SheetReader sheet = open(PlanSheets.COVER)) {
            if (sheet == null) {
                throw ProblemException.badRequest("body", "the workbook has no sheet '" + PlanSheets.COVER
                        + "' (it holds the year): start from GET .../templates/{year}/plan.xlsx");
            }
            while (sheet.hasNext()) {
                SheetReader.SheetRow row = sheet.next();
                SheetReader.Cell label = row.cell(0);
                PlanSheets.Col col = label == null ? null : PlanSheets.COVER_FIELDS.stream()
                        .filter(c -> PlanSheets.normal(c.header()).equals(PlanSheets.normal(label.text())))
                        .findFirst().orElse(null);
                if (col == null) {
                    continue;
                }
                String ref = CellMap.sheetRef(PlanSheets.COVER, "B" + row.number());
                cells.put(col.path(), ref);
                SheetReader.Cell cell = row.cell(1);
                if (cell != null) {
                    put(doc, col, cell, ref);
                }
            }
        }
    }

    private void sheet(PlanSheets.Layout layout) {
        try (SheetReader sheet = open(layout.sheet())) {
            if (sheet == null || !sheet.hasNext()) {
                return;
            }
            Map<Integer, PlanSheets.Col> columns = header(layout, sheet.next());
            while (sheet.hasNext()) {
                row(layout, columns, sheet.next());
            }
        }
    }

    private Map<Integer, PlanSheets.Col> header(PlanSheets.Layout layout, SheetReader.SheetRow header) {
        Map<Integer, PlanSheets.Col> columns = new LinkedHashMap<>();
        for (SheetReader.Cell cell : header.cells().values()) {
            PlanSheets.Col col = layout.byHeader(cell.text())
                    .or(() -> layout.section().equals("indicators") ? PlanSheets.yearColumn(cell.text())
                            : java.util.Optional.empty())
                    .orElse(null);
            if (col == null) {
                errors.add(new Problem.FieldError(CellMap.sheetRef(layout.sheet(), cell.ref()), "unknown column '"
                        + cell.text() + "'; the columns are " + layout.columns().stream()
                        .map(PlanSheets.Col::header).toList(), cell.text()));
            } else {
                columns.put(cell.column(), col);
            }
        }
        return columns;
    }

    private void row(PlanSheets.Layout layout, Map<Integer, PlanSheets.Col> columns, SheetReader.SheetRow row) {
        ObjectNode item = JsonNodeFactory.instance.objectNode();
        Map<String, String> local = new LinkedHashMap<>();
        for (Map.Entry<Integer, PlanSheets.Col> c : columns.entrySet()) {
            String ref = CellMap.sheetRef(layout.sheet(), Columns.letter(c.getKey()) + row.number());
            PlanSheets.Col col = c.getValue();
            if (!col.path().contains("[")) {
                local.put(col.path(), ref); // an empty required cell is named too
            }
            SheetReader.Cell cell = row.cell(c.getKey());
            if (cell != null) {
                String path = put(item, col, cell, ref);
                if (path != null) {
                    local.put(path, ref);
                    // a list element picked by key (targets[year=2030]) is this cell too: targets[5].year
                    for (int end = path.indexOf(']'); end > 0; end = path.indexOf(']', end + 1)) {
                        local.putIfAbsent(path.substring(0, end + 1), ref);
                    }
                }
            }
        }
        String rowRef = CellMap.sheetRef(layout.sheet(), row.number() + ":" + row.number());
        ObjectNode keys = item.deepCopy();
        try {
            String prefix = PlanRows.attach(doc, layout, item);
            cells.row(prefix, rowRef);
            local.forEach((path, ref) -> cells.put(prefix + "." + path, ref));
        } catch (PlanRows.Misplaced e) {
            errors.add(new Problem.FieldError(local.getOrDefault(e.field, rowRef), e.getMessage(),
                    keys.path(e.field).asText(null)));
        }
    }

    /** Reads one cell into the node; answers the concrete path it set, or null when unreadable (an error). */
    private String put(ObjectNode node, PlanSheets.Col col, SheetReader.Cell cell, String ref) {
        try {
            CellValues.Value v = CellValues.read(col, cell);
            return JsonPaths.set(node, v.path(), v.node());
        } catch (CellValues.Unreadable e) {
            errors.add(new Problem.FieldError(ref, e.getMessage() + " (" + col.header() + ")", cell.text()));
            return null;
        }
    }
}
