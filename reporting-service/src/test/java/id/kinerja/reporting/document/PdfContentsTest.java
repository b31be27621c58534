package id.kinerja.reporting.document;

import id.kinerja.testsupport.DocumentText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF's contents and list of tables name the pages the headings and tables are really on, also when headings
 * and tables fall near a page end (seeded random lengths) and when a list runs over several pages (a heading whose
 * block began at the foot of a page, or was moved by "page-break-after: avoid", used to get the earlier page).
 */
class PdfContentsTest {

    @Test
    void contentsAndListsNameThePagesTheirEntriesAreOn() throws Exception {
        for (long seed : new long[]{1, 3}) { // 3 once put a heading at a page foot
            byte[] pdf = PdfWriter.write(document(new Random(seed)));
            List<String> pages = DocumentText.pdfPages(pdf);
            assertThat(DocumentText.assertPdfListPagesMatch(pages, "DAFTAR ISI")).as("seed " + seed).isEqualTo(1 + 4 + 4 * 8);
            assertThat(DocumentText.assertPdfListPagesMatch(pages, "DAFTAR TABEL")).as("seed " + seed).isEqualTo(4 * 8 * 2);
            assertThat(pages).allSatisfy(p -> assertThat(p).contains("stempel versi 7 · Halaman "));
        }
    }

    @Test
    void theDocxListsAreItsHeadingsAndCaptions() throws Exception {
        assertThat(DocumentText.assertDocxListsMatch(DocxWriter.write(document(new Random(4))))).isEqualTo(37 + 64);
    }

    static Doc document(Random random) {
        DocBuilder b = new DocBuilder();
        b.front("KATA PENGANTAR");
        b.para("Pengantar.");
        b.lists();
        for (int c = 1; c <= 4; c++) {
            b.chapter("BAB " + c + " JUDUL BAB", String.valueOf(c));
            for (int s = 0; s < 8; s++) {
                b.section("Bagian " + s + " dari bab " + c + " dengan judul yang cukup panjang sehingga dibungkus");
                for (int p = 0; p < random.nextInt(3); p++) {
                    b.para("Uraian kinerja ".repeat(20 + random.nextInt(60)));
                }
                for (int t = 0; t < 2; t++) {
                    List<List<String>> rows = new ArrayList<>();
                    for (int i = 0; i < random.nextInt(12); i++) {
                        rows.add(List.of("S" + i, "indikator ".repeat(1 + random.nextInt(8)), "1.234,5"));
                    }
                    b.table("Tabel uji " + s + "." + t, List.of("Kode", "Indikator", "Nilai"), rows,
                            List.of(false, false, true), List.of(20, 60, 20), List.of());
                }
            }
        }
        return b.build("Uji", new Doc.Cover(List.of("UJI"), "Dinas Uji", "Pemerintah Kota Uji", "2024"),
                "stempel versi 7");
    }
}
