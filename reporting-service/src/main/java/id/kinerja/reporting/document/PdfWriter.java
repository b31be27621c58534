package id.kinerja.reporting.document;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;

/**
 * A {@link Doc} as PDF: written as XHTML with print CSS (A4, running footer with the version stamp and page
 * number, contents with page numbers from {@code target-counter}, table headers repeated across pages) and laid
 * out by openhtmltopdf on PDFBox with the embedded font. No browser.
 */
public final class PdfWriter {

    private static final String CSS = """
            @page { size: A4; margin: 2.2cm 2cm 2.4cm 2.5cm;
              @bottom-center { content: element(footer); } }
            body { font-family: 'DejaVu Sans'; font-size: 9.5pt; line-height: 1.4; color: #111; }
            #footer { position: running(footer); font-size: 7.5pt; color: #555; text-align: center;
              border-top: 0.5pt solid #999; padding-top: 3pt; }
            #footer .pg::after { content: counter(page) ' / ' counter(pages); }
            .cover { text-align: center; padding-top: 5cm; }
            .cover .l1 { font-size: 20pt; font-weight: bold; margin-bottom: 8pt; }
            .cover .l2 { font-size: 13pt; margin-bottom: 4pt; }
            .cover .agency { font-size: 14pt; font-weight: bold; margin-top: 4cm; }
            .cover .pemda { font-size: 12pt; margin-top: 6pt; }
            .cover .year { font-size: 28pt; font-weight: bold; margin-top: 2cm; }
            h1 { font-size: 13pt; text-align: center; margin: 0 0 14pt 0; }
            h2 { font-size: 11pt; margin: 14pt 0 6pt 0; }
            p { margin: 0 0 6pt 0; text-align: justify; }
            p.note { color: #444; font-style: italic; border-left: 2pt solid #bbb; padding-left: 6pt; }
            p.center { text-align: center; }
            p.bold { font-weight: bold; }
            .caption { font-weight: normal; margin: 10pt 0 4pt 0; text-align: center; }
            .caption b { font-weight: bold; }
            table.data th.caption { background: none; border: none; font-size: 9.5pt; padding: 0 0 4pt 0; }
            .keep { page-break-inside: avoid; }
            table.data { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate; margin-bottom: 8pt;
              font-size: 8pt; table-layout: fixed; }
            table.data th { background: #e8eef5; border: 0.5pt solid #777; padding: 2pt 3pt; text-align: center; }
            table.data td { border: 0.5pt solid #777; padding: 2pt 3pt; vertical-align: top; word-wrap: break-word; }
            table.data.wide { font-size: 7pt; }
            table.data.wide td, table.data.wide th { padding: 1.5pt 2pt; }
            table.data td.num { text-align: right; }
            table.data tr { page-break-inside: avoid; }
            table.data tr.bold td { font-weight: bold; background: #f4f4f4; }
            table.toc { width: 100%; border-collapse: collapse; }
            table.toc td { padding: 2pt 0; vertical-align: bottom; }
            table.toc td.l1 { font-weight: bold; padding-top: 5pt; }
            table.toc td.l2 { padding-left: 14pt; }
            table.toc td.pn { text-align: right; width: 1.2cm; }
            table.toc a { color: #111; text-decoration: none; }
            table.toc a.pn::after { content: target-counter(attr(href), page); }
            .figure { text-align: center; margin: 10pt 0 4pt 0; page-break-inside: avoid; }
            table.sign { width: 100%; margin-top: 24pt; page-break-inside: avoid; }
            table.sign td { text-align: center; vertical-align: top; padding: 0 8pt; }
            .pb { page-break-before: always; }
            """;

    static {
        com.openhtmltopdf.util.XRLog.setLoggerImpl(new PdfLog());
    }

    private PdfWriter() {
    }

    public static byte[] write(Doc doc) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> Fonts.open(Fonts.REGULAR), "DejaVu Sans", 400,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> Fonts.open(Fonts.BOLD), "DejaVu Sans", 700,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> Fonts.open(Fonts.ITALIC), "DejaVu Sans", 400,
                    PdfRendererBuilder.FontStyle.ITALIC, true);
            builder.withHtmlContent(xhtml(doc), null);
            builder.withProducer("Kinerja");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String xhtml(Doc doc) {
        StringBuilder h = new StringBuilder(64_000);
        h.append("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"UTF-8\"/><title>").append(esc(doc.title()))
                .append("</title><style>").append(CSS).append("</style></head><body>");
        h.append("<div id=\"footer\">").append(esc(doc.footer())).append(" · Halaman <span class=\"pg\"></span></div>");
        Doc.Cover c = doc.cover();
        h.append("<div class=\"cover\">");
        for (int i = 0; i < c.lines().size(); i++) {
            h.append("<div class=\"").append(i == 0 ? "l1" : "l2").append("\">").append(esc(c.lines().get(i))).append("</div>");
        }
        h.append("<div class=\"agency\">").append(esc(c.agency())).append("</div><div class=\"pemda\">")
                .append(esc(c.pemda())).append("</div><div class=\"year\">").append(esc(c.year())).append("</div></div>");
        boolean breakNext = false;
        boolean keeping = false;
        List<Doc.Block> blocks = doc.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Doc.Block block = blocks.get(i);
            if (block instanceof Doc.PageBreak) {
                breakNext = true;
                continue;
            }
            String pb = breakNext ? " pb" : "";
            breakNext = false;
            // a section heading stays with its first paragraph: a box kept whole, not page-break-after: avoid,
            // which openhtmltopdf applies after target-counter() has taken the page number for the contents
            boolean keep = block instanceof Doc.Heading h2 && h2.level() == 2 && i + 1 < blocks.size()
                    && blocks.get(i + 1) instanceof Doc.Para;
            if (keep) {
                h.append("<div class=\"keep\">");
                keeping = true;
            }
            if (block instanceof Doc.Heading hd) {
                // the anchor is on the text, not the block: a block whose top margin ends a page while its text
                // starts the next would give the contents the earlier page
                h.append("<h").append(hd.level()).append(" class=\"").append(pb).append("\"><span id=\"")
                        .append(hd.anchor()).append("\">").append(esc(hd.text())).append("</span></h")
                        .append(hd.level()).append(">");
            } else if (block instanceof Doc.Para p) {
                h.append("<p class=\"").append(p.style().toLowerCase()).append(pb).append("\">").append(esc(p.text()))
                        .append("</p>");
            } else if (block instanceof Doc.Table t) {
                table(h, t, pb);
            } else if (block instanceof Doc.Figure f) {
                h.append("<div class=\"figure").append(pb).append("\"><img id=\"").append(f.anchor())
                        .append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(f.png()))
                        .append("\" style=\"width:").append(f.width()).append("px;height:").append(f.height())
                        .append("px\"/><div class=\"caption\"><b>").append(esc(f.label())).append("</b> ")
                        .append(esc(f.caption())).append("</div></div>");
            } else if (block instanceof Doc.Contents list) {
                contents(h, list, pb);
            } else if (block instanceof Doc.Signatures s) {
                signatures(h, s);
            }
            if (keeping && !keep) {
                h.append("</div>");
                keeping = false;
            }
        }
        return h.append("</body></html>").toString();
    }

    private static void table(StringBuilder h, Doc.Table t, String pb) {
        // the caption is the first row of the repeated table head: it stays with the table and is repeated on
        // every page the table runs over (page-break-after: avoid would misplace the list-of-tables page number)
        // seven columns and more: smaller type, so amounts and codes fit their columns
        h.append("<table class=\"data").append(t.header().size() >= 7 ? " wide" : "").append(pb).append("\"><colgroup>");
        int total = t.widths().stream().mapToInt(Integer::intValue).sum();
        t.widths().forEach(w -> h.append("<col style=\"width:").append(100.0 * w / total).append("%\"/>"));
        h.append("</colgroup><thead><tr><th class=\"caption\" colspan=\"").append(t.header().size()).append("\"><b id=\"")
                .append(t.anchor()).append("\">").append(esc(t.label())).append("</b> ").append(esc(t.caption()))
                .append("</th></tr><tr>");
        t.header().forEach(cell -> h.append("<th>").append(esc(cell)).append("</th>"));
        h.append("</tr></thead><tbody>");
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            h.append(t.boldRows().contains(r) ? "<tr class=\"bold\">" : "<tr>");
            for (int i = 0; i < row.size(); i++) {
                h.append(t.numeric().get(i) ? "<td class=\"num\">" : "<td>").append(esc(row.get(i))).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>");
    }

    private static void contents(StringBuilder h, Doc.Contents list, String pb) {
        h.append("<h1 class=\"").append(pb).append("\">").append(esc(list.title())).append("</h1><table class=\"toc\">");
        for (Doc.Contents.Entry e : list.entries()) {
            h.append("<tr><td class=\"l").append(e.level()).append("\"><a href=\"#").append(e.anchor()).append("\">")
                    .append(esc(e.text())).append("</a></td><td class=\"pn\"><a class=\"pn\" href=\"#")
                    .append(e.anchor()).append("\"></a></td></tr>");
        }
        if (list.entries().isEmpty()) {
            h.append("<tr><td>(tidak ada)</td></tr>");
        }
        h.append("</table>");
    }

    private static void signatures(StringBuilder h, Doc.Signatures s) {
        h.append("<table class=\"sign\"><tr>");
        for (List<String> party : s.parties()) {
            h.append("<td>");
            for (int i = 0; i < party.size(); i++) {
                // the gap between the role and the name is where the signature goes
                h.append(i == 2 ? "<div style=\"height:50pt\"></div>" : "");
                h.append("<div>").append(esc(party.get(i))).append("</div>");
            }
            h.append("</td>");
        }
        h.append("</tr></table>");
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (ch >= 0x20 || ch == '\n' || ch == '\t') {
                        b.append(ch);
                    }
                }
            }
        }
        return b.toString();
    }
}
