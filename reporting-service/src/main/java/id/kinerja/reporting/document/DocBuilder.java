package id.kinerja.reporting.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link Doc} and numbers it: sections, tables and figures per chapter ("Tabel 3.2", "Gambar 3.1",
 * "Tabel L.1" in the appendix), and fills the table of contents and the lists of tables and figures from what
 * was actually added, so no number or contents entry is ever typed.
 */
public final class DocBuilder {

    private final List<Doc.Block> blocks = new ArrayList<>();
    private final List<Doc.Contents.Entry> headings = new ArrayList<>();
    private final List<Doc.Contents.Entry> tables = new ArrayList<>();
    private final List<Doc.Contents.Entry> figures = new ArrayList<>();
    private String prefix = "0";
    private int sections;
    private int tableNo;
    private int figureNo;
    private int anchors;

    /** An unnumbered front-matter heading (Kata Pengantar, Ikhtisar Eksekutif), listed in the contents. */
    public DocBuilder front(String title) {
        blocks.add(new Doc.PageBreak());
        return heading(1, title);
    }

    /** A chapter: {@code prefix} numbers its sections, tables and figures ("3", or "L" for the appendix). */
    public DocBuilder chapter(String title, String prefix) {
        this.prefix = prefix;
        sections = 0;
        tableNo = 0;
        figureNo = 0;
        blocks.add(new Doc.PageBreak());
        return heading(1, title);
    }

    public DocBuilder section(String title) {
        return heading(2, prefix + "." + (++sections) + " " + title);
    }

    private DocBuilder heading(int level, String text) {
        String anchor = "h" + (++anchors);
        blocks.add(new Doc.Heading(level, text, anchor));
        headings.add(new Doc.Contents.Entry(level, text, anchor));
        return this;
    }

    public DocBuilder para(String text) {
        blocks.add(Doc.Para.of(text));
        return this;
    }

    public DocBuilder para(String text, String style) {
        blocks.add(new Doc.Para(text, style));
        return this;
    }

    /** Text the system generated because it holds no data for it: set apart so the agency replaces it. */
    public DocBuilder note(String text) {
        return para(text, "NOTE");
    }

    /** Adds a numbered table and returns its label, to be cited in the text. */
    public String table(String caption, List<String> header, List<List<String>> rows, List<Boolean> numeric,
                        List<Integer> widths, List<Integer> boldRows) {
        String label = "Tabel " + prefix + "." + (++tableNo);
        String anchor = "t" + (++anchors);
        blocks.add(new Doc.Table(label, caption, anchor, header, rows, numeric, widths, boldRows));
        tables.add(new Doc.Contents.Entry(2, label + " " + caption, anchor));
        return label;
    }

    /** Adds a numbered chart and returns its label. */
    public String figure(String caption, byte[] png, int width, int height) {
        String label = "Gambar " + prefix + "." + (++figureNo);
        String anchor = "f" + (++anchors);
        blocks.add(new Doc.Figure(label, caption, anchor, png, width, height));
        figures.add(new Doc.Contents.Entry(2, label + " " + caption, anchor));
        return label;
    }

    public DocBuilder signatures(List<List<String>> parties) {
        blocks.add(new Doc.Signatures(parties));
        return this;
    }

    /** The table of contents and the lists of tables and figures here, each on its own page, filled by build. */
    public DocBuilder lists() {
        for (String[] list : new String[][]{{"CONTENTS", "DAFTAR ISI"}, {"TABLES", "DAFTAR TABEL"},
                {"FIGURES", "DAFTAR GAMBAR"}}) {
            blocks.add(new Doc.PageBreak());
            blocks.add(new Doc.Contents(list[0], list[1], List.of()));
        }
        return this;
    }

    public Doc build(String title, Doc.Cover cover, String footer) {
        List<Doc.Block> all = blocks.stream().map(b -> b instanceof Doc.Contents c ? new Doc.Contents(c.kind(),
                c.title(), List.copyOf(switch (c.kind()) {
                    case "CONTENTS" -> headings;
                    case "TABLES" -> tables;
                    default -> figures;
                })) : b).toList();
        return new Doc(title, cover, footer, all);
    }
}
