package id.kinerja.spreadsheets;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * Reads one sheet of an XLSX workbook row by row with a StAX pull parser over the sheet's XML (POI's event
 * API: {@link XSSFReader} and the read-only shared strings), so a 50 000-row sheet is never held as a
 * workbook DOM. Cells keep what Excel stored: a number cell is its locale-independent text ({@code 1234.5}
 * whatever the display format), a formula cell is its cached result, or {@link Kind#FORMULA_WITHOUT_VALUE}
 * when the file was saved without one (never the formula's text). Rows without any cell are skipped.
 */
public final class SheetReader implements Iterator<SheetReader.SheetRow>, AutoCloseable {

    public enum Kind { NUMBER, TEXT, BOOLEAN, ERROR, FORMULA_WITHOUT_VALUE }

    /** A cell: its reference ({@code D14}), 0-based column, kind and text. */
    public record Cell(String ref, int column, Kind kind, String text) {

        /**
         * A number cell's value to Excel's 15 significant digits: the file may hold the binary double's
         * 17 digits ({@code 20.260000000000002}) of what the person typed and saw ({@code 20.26}).
         */
        public java.math.BigDecimal number() {
            java.math.BigDecimal d = new java.math.BigDecimal(text).round(new java.math.MathContext(15));
            d = d.stripTrailingZeros();
            return d.scale() < 0 ? d.setScale(0) : d;
        }
    }

    /** A row with its 1-based sheet row number and its non-empty cells by 0-based column. */
    public record SheetRow(int number, Map<Integer, Cell> cells) {
        public Cell cell(int column) {
            return cells.get(column);
        }
    }

    private final OPCPackage pkg;
    private final InputStream sheet;
    private final XMLStreamReader xml;
    private final ReadOnlySharedStringsTable strings;
    private final String sheetName;
    private SheetRow next;

    private SheetReader(OPCPackage pkg, InputStream sheet, String sheetName, ReadOnlySharedStringsTable strings)
            throws XMLStreamException {
        this.pkg = pkg;
        this.sheet = sheet;
        this.sheetName = sheetName;
        this.strings = strings;
        this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheet);
    }

    /**
     * The sheet named {@code preferred} (case-insensitive), else the first sheet.
     *
     * @throws UnreadableSpreadsheetException when the bytes are not an XLSX workbook
     */
    public static SheetReader open(byte[] xlsx, String preferred) {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(xlsx));
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            InputStream chosen = null;
            String chosenName = null;
            while (sheets.hasNext()) {
                InputStream candidate = sheets.next();
                String name = sheets.getSheetName();
                if (chosen == null || name.equalsIgnoreCase(preferred)) {
                    if (chosen != null) {
                        chosen.close();
                    }
                    chosen = candidate;
                    chosenName = name;
                    if (name.equalsIgnoreCase(preferred)) {
                        break;
                    }
                } else {
                    candidate.close();
                }
            }
            if (chosen == null) {
                throw new UnreadableSpreadsheetException("the workbook has no sheet");
            }
            return new SheetReader(pkg, chosen, chosenName, strings);
        } catch (UnreadableSpreadsheetException e) {
            closeQuietly(pkg);
            throw e;
        } catch (Exception e) {
            closeQuietly(pkg);
            throw new UnreadableSpreadsheetException("not an XLSX workbook (Excel 2007 or later, .xlsx): "
                    + e.getClass().getSimpleName());
        }
    }

    public String sheetName() {
        return sheetName;
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public SheetRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SheetRow row = next;
        next = null;
        return row;
    }

    private SheetRow advance() {
        try {
            int implicitRow = 0;
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                    String r = xml.getAttributeValue(null, "r");
                    implicitRow = r == null ? implicitRow + 1 : Integer.parseInt(r);
                    SheetRow row = row(implicitRow);
                    if (!row.cells().isEmpty()) {
                        return row;
                    }
                }
            }
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            throw new UnreadableSpreadsheetException("the sheet '" + sheetName + "' is not well-formed: "
                    + e.getClass().getSimpleName());
        }
    }

    /** Reads the cells up to {@code </row>}. */
    private SheetRow row(int number) throws XMLStreamException {
        Map<Integer, Cell> cells = new TreeMap<>();
        int column = -1;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                String ref = xml.getAttributeValue(null, "r");
                column = ref == null ? column + 1 : Columns.index(ref);
                Cell cell = cell(ref == null ? Columns.letter(column) + number : ref, column,
                        xml.getAttributeValue(null, "t"));
                if (cell != null) {
                    cells.put(column, cell);
                }
            }
        }
        return new SheetRow(number, cells);
    }

    /** Reads one {@code <c>} element: its value {@code <v>}, inline string {@code <is>} and formula {@code <f>}. */
    private Cell cell(String ref, int column, String type) throws XMLStreamException {
        boolean formula = false;
        String value = null;
        StringBuilder inline = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "c".equals(xml.getLocalName())) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "f" -> {
                    formula = true;
                    xml.getElementText();
                }
                case "v" -> value = xml.getElementText();
                case "t" -> (inline == null ? inline = new StringBuilder() : inline).append(xml.getElementText());
                default -> { }
            }
        }
        if (inline != null && "inlineStr".equals(type)) {
            return text(ref, column, inline.toString());
        }
        if (value == null) {
            return formula ? new Cell(ref, column, Kind.FORMULA_WITHOUT_VALUE, "") : null;
        }
        return switch (type == null ? "n" : type) {
            case "s" -> text(ref, column, strings.getItemAt(Integer.parseInt(value.trim())).getString());
            case "str", "inlineStr" -> text(ref, column, value);
            case "b" -> new Cell(ref, column, Kind.BOOLEAN, "1".equals(value.trim()) ? "true" : "false");
            case "e" -> new Cell(ref, column, Kind.ERROR, value);
            default -> new Cell(ref, column, Kind.NUMBER, value.trim());
        };
    }

    private static Cell text(String ref, int column, String text) {
        return text.isBlank() ? null : new Cell(ref, column, Kind.TEXT, text.trim());
    }

    @Override
    public void close() {
        try {
            sheet.close();
        } catch (IOException ignored) {
            // read-only: nothing to lose
        }
        closeQuietly(pkg);
    }

    private static void closeQuietly(OPCPackage pkg) {
        if (pkg != null) {
            pkg.revert(); // read-only: never write the package back
        }
    }
}
