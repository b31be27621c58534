package id.kinerja.reporting.document.lkjip;

import id.kinerja.reporting.document.Doc;
import id.kinerja.reporting.document.DocBuilder;
import id.kinerja.reporting.document.DocumentSource;
import id.kinerja.reporting.document.Tanggal;
import id.kinerja.reporting.document.prose.Prose;
import id.kinerja.reporting.figures.AgencyDashboard;
import id.kinerja.reporting.lkjip.LkjipSummary;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The LKjIP of an agency-year in the structure of Permenpan RB 53/2014: cover, Kata Pengantar, Ikhtisar
 * Eksekutif, contents and lists, BAB I-IV and the Lampiran. Every number is read from the stored summary of one
 * figures version; sections the system holds no data for carry generated text that says so.
 */
public final class LkjipDocument {

    private LkjipDocument() {
    }

    public static Doc of(DocumentSource src) {
        LkjipSummary s = src.summary();
        DocBuilder b = new DocBuilder();
        front(b, src);
        b.lists();
        Pendahuluan.add(b, src);
        Perencanaan.add(b, src);
        Akuntabilitas.add(b, src);
        penutup(b, src);
        Lampiran.add(b, src);
        Doc.Cover cover = new Doc.Cover(List.of("LAPORAN KINERJA INSTANSI PEMERINTAH", "(LKjIP)",
                "TAHUN " + s.year()), src.agencyName(), src.pemdaName(), String.valueOf(s.year()));
        return b.build("LKjIP " + src.agencyName() + " Tahun " + s.year(), cover,
                "LKjIP " + s.agency() + " " + s.year() + " · " + src.stampWithProse());
    }

    private static void front(DocBuilder b, DocumentSource src) {
        LkjipSummary s = src.summary();
        b.front("KATA PENGANTAR");
        List<String> pengantar = Prose.paragraphs(src.prose().kataPengantar());
        if (!pengantar.isEmpty()) {
            pengantar.forEach(b::para);
        } else {
            b.para("Laporan Kinerja Instansi Pemerintah (LKjIP) " + src.agencyName() + " Tahun " + s.year()
                    + " disusun sebagai wujud pertanggungjawaban atas pelaksanaan tugas dan fungsi serta pencapaian "
                    + "sasaran strategis yang ditetapkan dalam Rencana Strategis dan Perjanjian Kinerja Tahun " + s.year()
                    + ", sesuai Peraturan Presiden Nomor 29 Tahun 2014 dan Peraturan Menteri PANRB Nomor 53 Tahun 2014.");
            b.para("Seluruh angka dalam laporan ini dihitung oleh Kinerja dari data rinci yang tercatat (" + src.stamp()
                    + ") sehingga tabel, grafik dan lampiran memuat angka yang sama.");
            b.note("Teks ini dibuat otomatis. Kata pengantar pimpinan perangkat daerah dapat diisi melalui "
                    + "PUT .../lkjip/{tahun}/prose atau pada berkas DOCX sebelum ditandatangani.");
        }
        b.front("IKHTISAR EKSEKUTIF");
        Prose.paragraphs(src.prose().ikhtisarEksekutif()).forEach(b::para);
        List<AgencyDashboard.Indicator> all = s.chapterIII().sasaran().stream()
                .flatMap(r -> r.indicators().stream()).map(LkjipSummary.IndicatorResult::figures).toList();
        long iku = all.stream().filter(AgencyDashboard.Indicator::iku).count();
        b.para("Pada Tahun " + s.year() + " " + src.agencyName() + " menetapkan " + s.chapterIII().sasaran().size()
                + " sasaran strategis yang diukur dengan " + all.size() + " indikator kinerja (" + iku + " IKU).");
        Map<String, Integer> predicates = new TreeMap<>();
        all.forEach(i -> predicates.merge(i.predicate() == null ? "tidak dapat dihitung" : i.predicate(), 1,
                Integer::sum));
        if (!predicates.isEmpty()) {
            b.para("Menurut skala predikat yang berlaku: " + String.join("; ", predicates.entrySet().stream()
                    .map(e -> e.getValue() + " indikator " + e.getKey()).toList()) + ".");
        }
        AgencyDashboard.Average average = s.chapterIII().organisationAverage();
        if (average != null && average.printed() != null) {
            b.para("Rata-rata capaian kinerja organisasi adalah " + average.printed() + " %.");
        }
        AgencyDashboard.Budget budget = s.chapterIII().budget();
        if (budget != null) {
            b.para("Realisasi anggaran sampai dengan " + Tanggal.endOf(s.year()) + " sebesar "
                    + DocumentSource.rupiah(budget.spent()) + " dari pagu " + DocumentSource.rupiah(budget.pagu())
                    + " (" + budget.paguVersion() + "), serapan " + DocumentSource.printed(budget.absorptionPrinted())
                    + ".");
        }
    }

    private static void penutup(DocBuilder b, DocumentSource src) {
        LkjipSummary s = src.summary();
        b.chapter("BAB IV PENUTUP", "4");
        List<String> penutup = Prose.paragraphs(src.prose().penutup());
        b.section("Kesimpulan");
        AgencyDashboard.Average average = s.chapterIII().organisationAverage();
        b.para("Capaian kinerja " + src.agencyName() + " Tahun " + s.year() + " diuraikan pada BAB III"
                + (average != null && average.printed() != null ? " dengan rata-rata capaian " + average.printed()
                + " %" : "") + ". Indikator yang belum mencapai target beserta faktor penghambat dan tindak lanjutnya "
                + "tercantum pada uraian per sasaran.");
        b.section("Langkah Perbaikan");
        if (penutup.isEmpty()) {
            b.note("Kinerja tidak menyimpan rencana perbaikan ke depan; bagian ini diisi oleh perangkat daerah "
                    + "(PUT .../lkjip/{tahun}/prose, kolom penutup).");
        } else {
            penutup.forEach(b::para);
        }
    }
}
