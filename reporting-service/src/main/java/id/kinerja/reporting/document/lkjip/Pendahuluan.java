package id.kinerja.reporting.document.lkjip;

import id.kinerja.events.plan.PkParty;
import id.kinerja.reporting.document.DocBuilder;
import id.kinerja.reporting.document.DocumentSource;
import id.kinerja.reporting.document.prose.Prose;
import id.kinerja.reporting.engine.Presentation;
import id.kinerja.reporting.lkjip.LkjipSummary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * BAB I from the organisation profile held in the stored summary (legal basis, address, head, tugas and fungsi,
 * staff tables with their stored totals, isu strategis) and the agency's strategic-context prose; a part the
 * profile does not hold says so, for the agency to fill in.
 */
final class Pendahuluan {

    private Pendahuluan() {
    }

    static void add(DocBuilder b, DocumentSource src) {
        int year = src.summary().year();
        LkjipSummary.ChapterI p = src.summary().chapterI();
        b.chapter("BAB I PENDAHULUAN", "1");
        b.section("Latar Belakang");
        b.para("Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) mewajibkan setiap perangkat daerah "
                + "melaporkan capaian kinerjanya setiap tahun. Laporan ini menyajikan capaian " + src.agencyName()
                + " Tahun " + year + " terhadap Perjanjian Kinerja dan Rencana Strategisnya.");
        b.section("Tugas, Fungsi dan Struktur Organisasi");
        if (p == null) {
            b.note("Profil organisasi (tugas, fungsi, struktur, alamat, pimpinan) belum tercatat di Kinerja; "
                    + "bagian ini diisi oleh perangkat daerah.");
        } else {
            profile(b, src, p);
        }
        b.section("Sumber Daya Manusia");
        staff(b, src, p);
        b.section("Isu Strategis");
        isu(b, src, p);
        b.section("Sistematika Penyajian");
        b.para("BAB I Pendahuluan; BAB II Perencanaan Kinerja (Rencana Strategis dan Perjanjian Kinerja); BAB III "
                + "Akuntabilitas Kinerja (capaian per sasaran dan indikator, realisasi anggaran dan efisiensi); "
                + "BAB IV Penutup; Lampiran (Perjanjian Kinerja, tabel realisasi fisik dan keuangan, matriks Renstra).");
    }

    private static void profile(DocBuilder b, DocumentSource src, LkjipSummary.ChapterI p) {
        if (p.legalBasis() != null) {
            b.para(src.agencyName() + " dibentuk dan diatur berdasarkan " + p.legalBasis() + ".");
        }
        if (p.address() != null) {
            b.para("Alamat kantor: " + p.address() + ".");
        }
        PkParty head = p.head();
        if (head != null) {
            b.para("Pimpinan: " + head.name() + ", " + head.position()
                    + (head.rank() == null ? "" : ", pangkat/golongan " + head.rank())
                    + (head.nip() == null ? "" : ", NIP " + head.nip()) + ".");
        }
        if (p.tugas() != null) {
            b.para("Tugas: " + p.tugas());
        }
        if (p.fungsi() != null && !p.fungsi().isEmpty()) {
            b.para("Untuk melaksanakan tugas tersebut, " + src.agencyName() + " menyelenggarakan fungsi:");
            for (int i = 0; i < p.fungsi().size(); i++) {
                b.para((char) ('a' + i % 26) + ". " + p.fungsi().get(i));
            }
        }
        if (p.profileYear() != src.summary().year()) {
            b.note("Profil organisasi menurut data Tahun " + p.profileYear() + ".");
        }
    }

    private static void staff(DocBuilder b, DocumentSource src, LkjipSummary.ChapterI p) {
        if (p != null) {
            table(b, src, p.staffByGolongan(), "Golongan", "golongan ruang");
            table(b, src, p.staffByEducation(), "Pendidikan", "tingkat pendidikan");
            table(b, src, p.staffByGrade(), "Kelas jabatan", "kelas jabatan");
        }
        if (p == null || (p.staffByGolongan() == null && p.staffByEducation() == null && p.staffByGrade() == null)) {
            b.note("Data pegawai menurut golongan dan pendidikan belum tercatat di Kinerja; bagian ini diisi oleh "
                    + "perangkat daerah.");
        }
    }

    private static void table(DocBuilder b, DocumentSource src, LkjipSummary.StaffTable t, String column,
                              String by) {
        if (t == null) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < t.rows().size(); i++) {
            LkjipSummary.StaffRow r = t.rows().get(i);
            rows.add(List.of(String.valueOf(i + 1), r.category(), count(r.count())));
        }
        rows.add(List.of("", "Jumlah", count(t.total())));
        String label = b.table("Jumlah pegawai menurut " + by + " Tahun " + src.summary().year(),
                List.of("No.", column, "Jumlah (orang)"), rows, List.of(false, false, true), List.of(10, 60, 30),
                List.of(rows.size() - 1));
        b.para(label + " menyajikan " + count(t.total()) + " pegawai " + src.agencyName() + " menurut " + by + ".");
    }

    private static String count(int n) {
        return Presentation.number(BigDecimal.valueOf(n));
    }

    private static void isu(DocBuilder b, DocumentSource src, LkjipSummary.ChapterI p) {
        List<String> isu = p == null || p.isuStrategis() == null ? List.of() : p.isuStrategis();
        List<String> konteks = Prose.paragraphs(src.prose().konteksStrategis());
        if (!isu.isEmpty()) {
            b.para("Isu strategis yang dihadapi " + src.agencyName() + ":");
            for (int i = 0; i < isu.size(); i++) {
                b.para((i + 1) + ". " + isu.get(i));
            }
        }
        konteks.forEach(b::para);
        if (isu.isEmpty() && konteks.isEmpty()) {
            b.note("Isu strategis tidak tercatat di Kinerja; bagian ini diisi oleh perangkat daerah.");
        }
    }
}
