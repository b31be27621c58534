package id.kinerja.reporting.document.lkjip;

import id.kinerja.reporting.document.Charts;
import id.kinerja.reporting.document.Doc;
import id.kinerja.reporting.document.DocBuilder;
import id.kinerja.reporting.document.DocumentSource;
import id.kinerja.reporting.document.Tanggal;
import id.kinerja.reporting.figures.AgencyDashboard;
import id.kinerja.reporting.lkjip.LkjipSummary;
import id.kinerja.reporting.rollup.PemdaDashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The LKjIP of a pemda: its agencies' capaian (organisation average and predicates from the stored roll-up, every
 * IKU and sasaran indicator from each agency's stored summary), budget absorption per agency with the pemda totals
 * of the roll-up, and the data findings counted per type and per agency. Nothing is summed here.
 */
public final class PemdaLkjipDocument {

    private PemdaLkjipDocument() {
    }

    public static Doc of(PemdaSource src) {
        DocBuilder b = new DocBuilder();
        PemdaDashboard r = src.rollup();
        b.front("KATA PENGANTAR");
        b.para("Laporan Kinerja Instansi Pemerintah (LKjIP) " + src.pemdaName() + " Tahun " + src.year()
                + " merangkum capaian kinerja seluruh perangkat daerah sebagai wujud pertanggungjawaban pemerintah "
                + "daerah, sesuai Peraturan Presiden Nomor 29 Tahun 2014 dan Peraturan Menteri PANRB Nomor 53 Tahun 2014.");
        b.note("Teks ini dibuat otomatis; seluruh angka berasal dari angka tersimpan (" + src.stamp() + ").");
        b.front("IKHTISAR EKSEKUTIF");
        b.para("Laporan ini mencakup " + src.agencies().size() + " perangkat daerah"
                + (r.averagePrinted() == null ? "." : " dengan rata-rata capaian kinerja " + r.averagePrinted() + " %."));
        if (r.predicateDistribution() != null && !r.predicateDistribution().isEmpty()) {
            b.para("Sebaran predikat indikator: " + String.join("; ", r.predicateDistribution().entrySet().stream()
                    .map(e -> e.getValue() + " indikator " + e.getKey()).toList()) + ".");
        }
        b.para("Realisasi anggaran sampai dengan " + Tanggal.endOf(src.year()) + " sebesar "
                + DocumentSource.rupiah(r.spent()) + " dari pagu " + DocumentSource.rupiah(r.pagu()) + " (serapan "
                + percent(r.absorption()) + ").");
        b.lists();
        b.chapter("BAB I PENDAHULUAN", "1");
        b.section("Latar Belakang");
        b.para("Laporan kinerja pemerintah daerah menyajikan capaian sasaran dan indikator kinerja perangkat daerah "
                + src.pemdaName() + " Tahun " + src.year() + " dari angka yang dihitung Kinerja atas data rinci.");
        capaian(b, src);
        anggaran(b, src);
        temuan(b, src);
        b.chapter("BAB V PENUTUP", "5");
        b.section("Kesimpulan");
        b.para("Capaian per perangkat daerah diuraikan pada BAB II" + (r.averagePrinted() == null ? ""
                : " dengan rata-rata capaian pemerintah daerah " + r.averagePrinted() + " %") + ".");
        Doc.Cover cover = new Doc.Cover(List.of("LAPORAN KINERJA INSTANSI PEMERINTAH", "(LKjIP)",
                "TAHUN " + src.year()), src.pemdaName(), "", String.valueOf(src.year()));
        return b.build("LKjIP " + src.pemdaName() + " Tahun " + src.year(), cover,
                "LKjIP " + src.tenant() + " " + src.year() + " · " + src.stamp());
    }

    private static void capaian(DocBuilder b, PemdaSource src) {
        b.chapter("BAB II CAPAIAN KINERJA PERANGKAT DAERAH", "2");
        b.section("Ringkasan");
        List<List<String>> rows = new ArrayList<>();
        List<Charts.Bar> bars = new ArrayList<>();
        int no = 0;
        for (PemdaDashboard.AgencyLine line : src.rollup().agencies()) {
            rows.add(List.of(String.valueOf(++no), name(src, line.agency()), line.averagePrinted() == null ? "-"
                    : line.averagePrinted() + " %", predicates(line.predicates())));
            if (line.averageCapaian() != null) {
                bars.add(new Charts.Bar(line.agency(), line.averageCapaian(), line.averagePrinted() + " %", null));
            }
        }
        String table = b.table("Rata-rata capaian dan predikat indikator per perangkat daerah Tahun " + src.year(),
                List.of("No", "Perangkat daerah", "Rata-rata capaian", "Predikat indikator"), rows,
                List.of(true, false, true, false), List.of(5, 45, 15, 35), List.of());
        if (!bars.isEmpty()) {
            int height = 70 + 34 * bars.size();
            String figure = b.figure("Rata-rata capaian per perangkat daerah Tahun " + src.year(),
                    Charts.capaian(bars, height), Charts.WIDTH, height);
            b.para(table + " dan " + figure + " menyajikan rata-rata capaian tiap perangkat daerah.");
        }
        for (PemdaSource.Agency a : src.agencies()) {
            b.section(a.name());
            List<List<String>> ind = new ArrayList<>();
            for (LkjipSummary.SasaranResult sr : a.summary().chapterIII().sasaran()) {
                for (LkjipSummary.IndicatorResult ir : sr.indicators()) {
                    AgencyDashboard.Indicator i = ir.figures();
                    ind.add(List.of(sr.name(), i.name() + (i.iku() ? " (IKU)" : ""), Perencanaan.unit(i.unit()),
                            DocumentSource.value(i.target(), i.targetCategory()),
                            DocumentSource.value(i.realisation(), i.realisationCategory()),
                            DocumentSource.printed(i.capaianPrinted()), i.predicate() == null ? "-" : i.predicate()));
                }
            }
            String t = b.table("Capaian indikator " + a.name() + " Tahun " + src.year(), List.of("Sasaran",
                            "Indikator", "Satuan", "Target", "Realisasi", "Capaian", "Predikat"), ind,
                    List.of(false, false, false, true, true, true, false), List.of(19, 26, 8, 10, 10, 11, 16), List.of());
            b.para(t + " dari angka tersimpan versi " + a.figuresVersion() + ".");
        }
    }

    private static void anggaran(DocBuilder b, PemdaSource src) {
        PemdaDashboard r = src.rollup();
        b.chapter("BAB III REALISASI ANGGARAN", "3");
        b.section("Serapan Anggaran per Perangkat Daerah");
        List<List<String>> rows = new ArrayList<>();
        int no = 0;
        for (PemdaDashboard.AgencyLine line : r.agencies()) {
            rows.add(List.of(String.valueOf(++no), name(src, line.agency()), DocumentSource.rupiah(line.pagu()),
                    DocumentSource.rupiah(line.spent()), percent(line.absorption())));
        }
        rows.add(List.of("", "Jumlah", DocumentSource.rupiah(r.pagu()), DocumentSource.rupiah(r.spent()),
                percent(r.absorption())));
        String t = b.table("Pagu, realisasi dan serapan anggaran per perangkat daerah Tahun " + src.year(),
                List.of("No", "Perangkat daerah", "Pagu", "Realisasi", "Serapan"), rows,
                List.of(true, false, true, true, true), List.of(5, 39, 21, 21, 14), List.of(rows.size() - 1));
        b.para(t + " menyajikan serapan anggaran; jumlahnya adalah roll-up tersimpan pemerintah daerah.");
    }

    private static void temuan(DocBuilder b, PemdaSource src) {
        b.chapter("BAB IV TEMUAN DATA", "4");
        b.section("Temuan per Jenis");
        List<List<String>> rows = new ArrayList<>();
        src.findings().forEach((code, count) -> rows.add(List.of(code, String.valueOf(count))));
        if (rows.isEmpty()) {
            b.para("Tidak ada temuan data.");
        } else {
            b.table("Jumlah temuan data per jenis Tahun " + src.year(), List.of("Jenis temuan", "Jumlah"), rows,
                    List.of(false, true), List.of(70, 30), List.of());
        }
        b.section("Temuan per Perangkat Daerah");
        List<List<String>> per = new ArrayList<>();
        for (PemdaSource.Agency a : src.agencies()) {
            per.add(List.of(a.name(), String.valueOf(a.summary().findings() == null ? 0 : a.summary().findings().size())));
        }
        b.table("Jumlah temuan data per perangkat daerah Tahun " + src.year(), List.of("Perangkat daerah", "Jumlah"),
                per, List.of(false, true), List.of(70, 30), List.of());
    }

    private static String name(PemdaSource src, String code) {
        return src.agencies().stream().filter(a -> a.code().equals(code)).map(PemdaSource.Agency::name).findFirst()
                .orElse(code);
    }

    private static String predicates(Map<String, Integer> predicates) {
        if (predicates == null || predicates.isEmpty()) {
            return "-";
        }
        return String.join("; ", predicates.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList());
    }

    private static String percent(BigDecimal value) {
        return value == null ? "-" : id.kinerja.reporting.engine.Presentation.DEFAULT.percent(value);
    }
}
