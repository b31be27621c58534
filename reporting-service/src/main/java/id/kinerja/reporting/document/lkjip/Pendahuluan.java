package id.kinerja.reporting.document.lkjip;

import id.kinerja.reporting.document.DocBuilder;
import id.kinerja.reporting.document.DocumentSource;

/** BAB I: background and organisation; the profile is not held yet, so its sections say so. */
final class Pendahuluan {

    private Pendahuluan() {
    }

    static void add(DocBuilder b, DocumentSource src) {
        int year = src.summary().year();
        b.chapter("BAB I PENDAHULUAN", "1");
        b.section("Latar Belakang");
        b.para("Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) mewajibkan setiap perangkat daerah "
                + "melaporkan capaian kinerjanya setiap tahun. Laporan ini menyajikan capaian " + src.agencyName()
                + " Tahun " + year + " terhadap Perjanjian Kinerja dan Rencana Strategisnya.");
        b.section("Tugas, Fungsi dan Struktur Organisasi");
        b.note("Profil organisasi (tugas, fungsi, struktur, alamat, pimpinan) belum tercatat di Kinerja; "
                + "bagian ini diisi oleh perangkat daerah.");
        b.section("Sumber Daya Manusia");
        b.note("Data pegawai menurut golongan dan pendidikan belum tercatat di Kinerja; bagian ini diisi oleh "
                + "perangkat daerah.");
        b.section("Isu Strategis");
        b.note("Isu strategis tidak tercatat di Kinerja; bagian ini diisi oleh perangkat daerah.");
        b.section("Sistematika Penyajian");
        b.para("BAB I Pendahuluan; BAB II Perencanaan Kinerja (Rencana Strategis dan Perjanjian Kinerja); BAB III "
                + "Akuntabilitas Kinerja (capaian per sasaran dan indikator, realisasi anggaran dan efisiensi); "
                + "BAB IV Penutup; Lampiran (Perjanjian Kinerja, tabel realisasi fisik dan keuangan, matriks Renstra).");
    }
}
