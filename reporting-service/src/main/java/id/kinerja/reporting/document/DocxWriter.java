package id.kinerja.reporting.document;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A {@link Doc} as an editable Word file (Apache POI XWPF): headings with Word's heading styles (so Word can
 * rebuild the contents with page numbers), numbered captions, tables with a repeated header row, charts as
 * pictures, and the version stamp with the page number in the footer.
 */
public final class DocxWriter {

    private static final String FONT = "Arial";

    private DocxWriter() {
    }

    public static byte[] write(Doc doc) {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxStyles.add(d);
            d.getProperties().getCoreProperties().setTitle(doc.title());
            d.getProperties().getCoreProperties().setCreator("Kinerja");
            footer(d, doc.footer());
            cover(d, doc.cover());
            boolean breakNext = false;
            for (Doc.Block block : doc.blocks()) {
                if (block instanceof Doc.PageBreak) {
                    breakNext = true;
                    continue;
                }
                if (breakNext) {
                    d.createParagraph().createRun().addBreak(BreakType.PAGE);
                    breakNext = false;
                }
                if (block instanceof Doc.Heading h) {
                    XWPFParagraph p = d.createParagraph();
                    p.setStyle(h.level() == 1 ? DocxStyles.HEADING_1 : DocxStyles.HEADING_2);
                    if (h.level() == 1) {
                        p.setAlignment(ParagraphAlignment.CENTER);
                    }
                    text(p, h.text(), true, false, h.level() == 1 ? 13 : 11);
                } else if (block instanceof Doc.Para para) {
                    paragraph(d, para);
                } else if (block instanceof Doc.Table t) {
                    table(d, t);
                } else if (block instanceof Doc.Figure f) {
                    figure(d, f);
                } else if (block instanceof Doc.Contents list) {
                    contents(d, list);
                } else if (block instanceof Doc.Signatures s) {
                    signatures(d, s);
                }
            }
            d.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void cover(XWPFDocument d, Doc.Cover c) {
        for (int i = 0; i < 6; i++) {
            d.createParagraph();
        }
        for (int i = 0; i < c.lines().size(); i++) {
            centered(d, c.lines().get(i), i == 0, i == 0 ? 20 : 13);
        }
        for (int i = 0; i < 6; i++) {
            d.createParagraph();
        }
        centered(d, c.agency(), true, 14);
        centered(d, c.pemda(), false, 12);
        d.createParagraph();
        centered(d, c.year(), true, 28);
    }

    private static void centered(XWPFDocument d, String text, boolean bold, int size) {
        XWPFParagraph p = d.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        text(p, text, bold, false, size);
    }

    private static void paragraph(XWPFDocument d, Doc.Para para) {
        XWPFParagraph p = d.createParagraph();
        p.setAlignment(para.style().equals("CENTER") ? ParagraphAlignment.CENTER : ParagraphAlignment.BOTH);
        text(p, para.text(), para.style().equals("BOLD"), para.style().equals("NOTE"), 10);
    }

    private static XWPFRun text(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        r.setText(text == null ? "" : text);
        return r;
    }

    private static void caption(XWPFDocument d, String label, String caption) {
        XWPFParagraph p = d.createParagraph();
        p.setStyle(DocxStyles.CAPTION);
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setKeepNext(true);
        text(p, label, true, false, 9);
        text(p, " " + caption, false, false, 9);
    }

    private static void table(XWPFDocument d, Doc.Table t) {
        caption(d, t.label(), t.caption());
        XWPFTable table = d.createTable(t.rows().size() + 1, t.header().size());
        table.setWidth("100%");
        table.setTableAlignment(TableRowAlign.CENTER);
        int total = t.widths().stream().mapToInt(Integer::intValue).sum();
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        for (int i = 0; i < t.header().size(); i++) {
            cell(head.getCell(i), t.header().get(i), true, true, 100.0 * t.widths().get(i) / total);
            head.getCell(i).setColor("E8EEF5");
        }
        for (int r = 0; r < t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            List<String> cells = t.rows().get(r);
            for (int i = 0; i < cells.size(); i++) {
                cell(row.getCell(i), cells.get(i), t.boldRows().contains(r), false, 100.0 * t.widths().get(i) / total);
                if (t.numeric().get(i)) {
                    row.getCell(i).getParagraphs().get(0).setAlignment(ParagraphAlignment.RIGHT);
                }
            }
        }
        d.createParagraph();
    }

    private static void cell(XWPFTableCell cell, String value, boolean bold, boolean center, double percent) {
        cell.setWidth(String.format(java.util.Locale.ROOT, "%.1f%%", percent));
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setSpacingAfter(0);
        if (center) {
            p.setAlignment(ParagraphAlignment.CENTER);
        }
        text(p, value, bold, false, 8);
    }

    private static void figure(XWPFDocument d, Doc.Figure f) throws IOException,
            org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        XWPFParagraph p = d.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setKeepNext(true);
        // CSS pixels (96 per inch) to EMU
        p.createRun().addPicture(new ByteArrayInputStream(f.png()), PictureType.PNG, f.anchor() + ".png",
                Units.pixelToEMU(f.width()), Units.pixelToEMU(f.height()));
        caption(d, f.label(), f.caption());
    }

    private static void contents(XWPFDocument d, Doc.Contents list) {
        XWPFParagraph title = d.createParagraph();
        title.setAlignment(ParagraphAlignment.CENTER);
        text(title, list.title(), true, false, 13);
        for (Doc.Contents.Entry e : list.entries()) {
            XWPFParagraph p = d.createParagraph();
            p.setSpacingAfter(40);
            if (e.level() == 2 && list.kind().equals("CONTENTS")) {
                p.setIndentationLeft(400);
            }
            text(p, e.text(), e.level() == 1, false, 10);
        }
        if (list.entries().isEmpty()) {
            text(d.createParagraph(), "(tidak ada)", false, false, 10);
        }
    }

    private static void signatures(XWPFDocument d, Doc.Signatures s) {
        d.createParagraph();
        XWPFTable table = d.createTable(1, s.parties().size());
        table.setWidth("100%");
        table.removeBorders();
        for (int i = 0; i < s.parties().size(); i++) {
            XWPFTableCell cell = table.getRow(0).getCell(i);
            List<String> lines = s.parties().get(i);
            for (int l = 0; l < lines.size(); l++) {
                XWPFParagraph p = l == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
                p.setAlignment(ParagraphAlignment.CENTER);
                if (l == 2) {
                    p.setSpacingBefore(1200);
                }
                text(p, lines.get(l), l == 2, false, 10);
            }
        }
    }

    private static void footer(XWPFDocument d, String stamp) {
        XWPFFooter footer = d.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        text(p, stamp + " · Halaman ", false, false, 7);
        p.getCTP().addNewFldSimple().setInstr("PAGE");
    }
}
