package id.kinerja.reporting.document;

import java.util.List;

/**
 * A document as an ordered list of blocks, independent of its file format: the PDF and the DOCX writer render
 * the same blocks, so both files carry the same headings, numbers, captions and contents lists.
 */
public record Doc(String title, Cover cover, String footer, List<Block> blocks) {

    /** The cover: title lines, the agency and pemda, the year. */
    public record Cover(List<String> lines, String agency, String pemda, String year) {
    }

    public sealed interface Block permits Heading, Para, Table, Figure, Contents, PageBreak, Signatures {
    }

    /** {@code level} 1: a chapter (BAB), 2: a section. {@code anchor}: the target of the contents entry. */
    public record Heading(int level, String text, String anchor) implements Block {
    }

    /** {@code style}: NORMAL, NOTE (generated default text, set apart), CENTER, BOLD. */
    public record Para(String text, String style) implements Block {
        public static Para of(String text) {
            return new Para(text, "NORMAL");
        }
    }

    /**
     * A numbered table: {@code label} "Tabel 3.2", its caption, header cells, rows (each cell already formatted),
     * which columns are numbers (right-aligned), relative column widths, and rows to set in bold (totals).
     */
    public record Table(String label, String caption, String anchor, List<String> header, List<List<String>> rows,
                        List<Boolean> numeric, List<Integer> widths, List<Integer> boldRows) implements Block {
    }

    /** A numbered chart: a PNG drawn at twice its display size. */
    public record Figure(String label, String caption, String anchor, byte[] png, int width, int height)
            implements Block {
    }

    /** A generated list: CONTENTS (headings), TABLES or FIGURES (labels and captions). */
    public record Contents(String kind, String title, List<Entry> entries) implements Block {
        public record Entry(int level, String text, String anchor) {
        }
    }

    public record PageBreak() implements Block {
    }

    /** Signature blocks side by side: each a list of lines (role, place and date, name, rank, NIP). */
    public record Signatures(List<List<String>> parties) implements Block {
    }
}
