package id.kinerja.testsupport;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads generated documents back as a person would: the text of each PDF page (PDFBox) and the paragraphs of the
 * DOCX with their styles (POI), and checks that the contents lists agree with the headings and captions and that
 * tables and figures are numbered without gaps. Failures are {@link AssertionError}s naming the entry.
 */
public final class DocumentText {

    private static final Pattern LABEL = Pattern.compile("^((Tabel|Gambar) [0-9L]+\\.[0-9]+) ");

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

    /** The DOCX text; table cells are tab-separated, a row per line. */
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
        check(start >= 0, title + " present");
        List<String> entries = new ArrayList<>();
        for (String p : paragraphs.subList(start + 1, paragraphs.size())) {
            String text = text(p);
            if (text.startsWith("DAFTAR ") || p.startsWith("Heading")) {
                break;
            }
            if (!text.isBlank() && !text.equals("(tidak ada)")) {
                entries.add(text);
            }
        }
        return entries;
    }

    /** DOCX: the headings (Word heading styles) and the table and figure captions, in document order. */
    public static List<String> docxHeadings(byte[] docx) throws IOException {
        return docxParagraphs(docx).stream().filter(p -> p.startsWith("Heading")).map(DocumentText::text).toList();
    }

    public static List<String> docxCaptions(byte[] docx, String word) throws IOException {
        return docxParagraphs(docx).stream().filter(p -> p.startsWith("Caption|" + word)).map(DocumentText::text)
                .toList();
    }

    /**
     * Asserts the DOCX contents lists equal its headings and captions in order, and that tables and figures are
     * numbered 1, 2, ... within each chapter. Returns the number of checked entries.
     */
    public static int assertDocxListsMatch(byte[] docx) throws IOException {
        List<String> paragraphs = docxParagraphs(docx);
        List<String> headings = docxHeadings(docx);
        List<String> tables = docxCaptions(docx, "Tabel");
        List<String> figures = docxCaptions(docx, "Gambar");
        equal(docxList(paragraphs, "DAFTAR ISI"), headings, "DAFTAR ISI vs headings");
        equal(docxList(paragraphs, "DAFTAR TABEL"), tables, "DAFTAR TABEL vs table captions");
        equal(docxList(paragraphs, "DAFTAR GAMBAR"), figures, "DAFTAR GAMBAR vs figure captions");
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
            check(m.find(), "numbered: " + caption);
            if (!m.group(1).equals(chapter)) {
                chapter = m.group(1);
                expected = 1;
            } else {
                expected++;
            }
            check(Integer.parseInt(m.group(2)) == expected, caption + ": number " + expected + " expected");
        }
    }

    /**
     * PDF: every entry of the list titled {@code title} (DAFTAR ISI, DAFTAR TABEL, DAFTAR GAMBAR) names a page,
     * the heading (or the table or figure label) is on that page, and the entries are in page order. Returns the
     * number of checked entries.
     */
    public static int assertPdfListPagesMatch(List<String> pages, String title) {
        int listPage = -1;
        for (int i = 0; i < pages.size() && listPage < 0; i++) {
            if (pages.get(i).lines().anyMatch(l -> l.trim().equals(title))) {
                listPage = i;
            }
        }
        check(listPage >= 0, title + " page");
        Pattern entry = Pattern.compile("^(.+?) ([0-9]+)$");
        Pattern pageOnly = Pattern.compile("^[0-9]+$");
        // a long list runs over to the next pages: they start with an entry, not with a title or heading
        List<String> lines = new ArrayList<>(pages.get(listPage).lines().map(String::trim).toList());
        for (int next = listPage + 1; next < pages.size(); next++) {
            List<String> more = pages.get(next).lines().map(String::trim).filter(l -> !l.isEmpty()
                    && !l.contains(" · Halaman ")).toList();
            if (more.isEmpty() || more.get(0).startsWith("DAFTAR ") || !(entry.matcher(more.get(0)).matches()
                    || LABEL.matcher(more.get(0)).find())) {
                break;
            }
            lines.addAll(more);
        }
        int checked = 0;
        int lastPage = 0;
        // an entry that wraps comes out as its lines, the page number at the end of the last or on its own line
        StringBuilder pending = new StringBuilder();
        for (String line : lines) {
            if (line.isEmpty() || line.equals(title) || line.contains(" · Halaman ")) {
                continue;
            }
            Matcher m = entry.matcher(line);
            String text;
            int page;
            if (pageOnly.matcher(line).matches()) {
                text = pending.toString().trim();
                page = Integer.parseInt(line);
            } else if (m.matches()) {
                text = (pending + " " + m.group(1)).trim();
                page = Integer.parseInt(m.group(2));
            } else {
                pending.append(' ').append(line);
                continue;
            }
            pending.setLength(0);
            if (!title.equals("DAFTAR ISI")) {
                Matcher label = LABEL.matcher(text);
                check(label.find(), "an entry of " + title + " starts with its label: " + text);
                text = label.group(1);
            }
            check(page >= lastPage, text + " in page order");
            check(page >= 1 && page <= pages.size(), text + ": page " + page + " exists");
            // a heading wrapped in the body: PDFBox ends the first line with a space
            check(pages.get(page - 1).replaceAll("\\s+", " ").contains(text.replaceAll("\\s+", " ")),
                    "'" + text + "' is on page " + page);
            lastPage = page;
            checked++;
        }
        check(pending.toString().isBlank(), title + " ends with an entry that names its page: " + pending);
        return checked;
    }

    private static void equal(List<String> actual, List<String> expected, String what) {
        check(actual.equals(expected), what + ":\n  " + actual + "\n  " + expected);
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static String text(String paragraph) {
        return paragraph.substring(paragraph.indexOf('|') + 1);
    }
}
