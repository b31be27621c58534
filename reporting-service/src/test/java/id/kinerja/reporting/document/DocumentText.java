package id.kinerja.reporting.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads generated documents back as a person would: the text of each PDF page (PDFBox) and the paragraphs of the
 * DOCX with their styles (POI), and checks that the contents lists agree with the headings and captions.
 */
public final class DocumentText {

    private DocumentText() {
    }

    /** The text of every page, in order. */
    public static List<String> pdfPages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
            return pages;
        }
    }

    public static String docxText(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    /** Paragraphs of the DOCX body as {@code style|text}. */
    public static List<String> docxParagraphs(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return doc.getParagraphs().stream().map(p -> (p.getStyle() == null ? "" : p.getStyle()) + "|" + p.getText())
                    .toList();
        }
    }

    /** DOCX: the entries of a contents list (between its title and the next list or heading). */
    public static List<String> docxList(List<String> paragraphs, String title) {
        int start = paragraphs.indexOf("|" + title);
        assertThat(start).as(title + " present").isGreaterThanOrEqualTo(0);
        List<String> entries = new ArrayList<>();
        for (String p : paragraphs.subList(start + 1, paragraphs.size())) {
            String text = p.substring(p.indexOf('|') + 1);
            if (text.startsWith("DAFTAR ") || p.startsWith("Heading")) {
                break;
            }
            if (!text.isBlank()) {
                entries.add(text);
            }
        }
        return entries;
    }

    /**
     * Asserts the DOCX contents lists equal its headings and captions in order, and that tables and figures are
     * numbered 1, 2, ... within each chapter. Returns the number of checked entries.
     */
    public static int assertDocxListsMatch(byte[] docx) throws IOException {
        List<String> paragraphs = docxParagraphs(docx);
        List<String> headings = paragraphs.stream().filter(p -> p.startsWith("Heading")).map(DocumentText::text).toList();
        List<String> tables = paragraphs.stream().filter(p -> p.startsWith("Caption|Tabel")).map(DocumentText::text).toList();
        List<String> figures = paragraphs.stream().filter(p -> p.startsWith("Caption|Gambar")).map(DocumentText::text).toList();
        assertThat(docxList(paragraphs, "DAFTAR ISI")).containsExactlyElementsOf(headings);
        assertThat(docxList(paragraphs, "DAFTAR TABEL")).containsExactlyElementsOf(tables);
        List<String> figureList = docxList(paragraphs, "DAFTAR GAMBAR");
        assertThat(figureList.equals(List.of("(tidak ada)")) ? List.of() : figureList).containsExactlyElementsOf(figures);
        assertSequential(tables, "Tabel");
        assertSequential(figures, "Gambar");
        return headings.size() + tables.size() + figures.size();
    }

    /** "Tabel 3.1", "Tabel 3.2", "Tabel L.1": within a chapter prefix the numbers run 1, 2, 3 without a gap. */
    public static void assertSequential(List<String> captions, String word) {
        Pattern label = Pattern.compile("^" + word + " ([0-9L]+)\\.([0-9]+) ");
        String chapter = null;
        int expected = 0;
        for (String caption : captions) {
            Matcher m = label.matcher(caption);
            assertThat(m.find()).as("numbered: " + caption).isTrue();
            if (!m.group(1).equals(chapter)) {
                chapter = m.group(1);
                expected = 1;
            } else {
                expected++;
            }
            assertThat(Integer.parseInt(m.group(2))).as(caption).isEqualTo(expected);
        }
    }

    /**
     * PDF: every entry of the DAFTAR ISI / DAFTAR TABEL names a page, and the heading or caption is on that page;
     * the entries are in page order. Returns the number of checked entries.
     */
    public static int assertPdfListPagesMatch(List<String> pages, String title) {
        int listPage = -1;
        for (int i = 0; i < pages.size() && listPage < 0; i++) {
            if (pages.get(i).lines().anyMatch(l -> l.trim().equals(title))) {
                listPage = i;
            }
        }
        assertThat(listPage).as(title + " page").isGreaterThanOrEqualTo(0);
        Pattern entry = Pattern.compile("^(.+?) ([0-9]+)$");
        int checked = 0;
        int lastPage = 0;
        for (String line : pages.get(listPage).lines().map(String::trim).toList()) {
            Matcher m = entry.matcher(line);
            if (line.equals(title) || !m.matches() || line.startsWith("LKjIP ")) {
                continue;
            }
            int page = Integer.parseInt(m.group(2));
            String text = m.group(1);
            if (!title.equals("DAFTAR ISI")) {
                Matcher label = Pattern.compile("^((Tabel|Gambar) [0-9L]+\\.[0-9]+) ").matcher(text);
                if (!label.find()) {
                    continue; // the second line of a long caption
                }
                text = label.group(1);
            }
            assertThat(page).as(text + " in page order").isGreaterThanOrEqualTo(lastPage);
            assertThat(page).as(text + " is a page of the document").isBetween(1, pages.size());
            String onPage = pages.get(page - 1).replace("\n", " ");
            assertThat(onPage).as("'" + text + "' is on page " + page).contains(text);
            lastPage = page;
            checked++;
        }
        return checked;
    }

    private static String text(String paragraph) {
        return paragraph.substring(paragraph.indexOf('|') + 1);
    }

    static String style(XWPFParagraph p) {
        return p.getStyle();
    }
}
