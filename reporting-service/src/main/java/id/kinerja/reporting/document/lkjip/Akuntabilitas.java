package id.kinerja.reporting.document.lkjip;

import id.kinerja.reporting.document.Charts;
import id.kinerja.reporting.document.DocBuilder;
import id.kinerja.reporting.document.DocumentSource;
import id.kinerja.reporting.engine.Presentation;
import id.kinerja.reporting.figures.AgencyDashboard;
import id.kinerja.reporting.figures.Comparison;
import id.kinerja.reporting.lkjip.LkjipSummary;

import java.util.ArrayList;
import java.util.List;

/**
 * BAB III: per sasaran and indicator the target, realisation, capaian and predicate, earlier years, the Renstra
 * end target and the national or provincial references, the stored narratives; the charts; budget, absorption
 * and efficiency; the data findings.
 */
final class Akuntabilitas {

    private Akuntabilitas() {
    }

    static void add(DocBuilder b, DocumentSource src) {
        LkjipSummary s = src.summary();
        Presentation pr = src.presentation();
        LkjipSummary.ChapterIII c = s.chapterIII();
        b.chapter("BAB III AKUNTABILITAS KINERJA", "3");
        b.section("Capaian Kinerja Organisasi");
        AgencyDashboard.Rules rules = c.rules();
        b.para("Capaian dihitung per indikator dari target yang berlaku dan realisasi yang disetujui; predikat "
                + "mengikuti skala " + (rules == null ? "bawaan" : rules.predicateScale()) + " dan pembulatan "
                + (rules == null ? "bawaan" : rules.rounding()) + ".");
        List<List<String>> rows = new ArrayList<>();
        List<Charts.Bar> bars = new ArrayList<>();
        int no = 0;
        for (LkjipSummary.SasaranResult sr : c.sasaran()) {
            for (LkjipSummary.IndicatorResult ir : sr.indicators()) {
                AgencyDashboard.Indicator i = ir.figures();
                rows.add(List.of(String.valueOf(++no), sr.name(), i.name(), Perencanaan.unit(i.unit()),
                        DocumentSource.value(i.target(), i.targetCategory()),
                        DocumentSource.value(i.realisation(), i.realisationCategory()),
                        DocumentSource.printed(i.capaianPrinted()), i.predicate() == null ? "-" : i.predicate()));
                if (i.capaian() != null) {
                    bars.add(new Charts.Bar(i.code() + " " + shorten(i.name()), i.capaian(),
                            Charts.label(pr, i.capaian(), i.predicate()), i.predicate()));
                }
            }
        }
        String table = b.table("Capaian indikator kinerja Tahun " + s.year(), List.of("No", "Sasaran", "Indikator",
                        "Satuan", "Target " + s.year(), "Realisasi " + s.year(), "Capaian " + s.year(), "Predikat"),
                rows, List.of(true, false, false, false, true, true, true, false), List.of(4, 17, 26, 7, 9, 9, 11, 17),
                List.of());
        if (!bars.isEmpty()) {
            int height = 70 + 34 * bars.size();
            String figure = b.figure("Capaian indikator kinerja Tahun " + s.year() + " terhadap target (100 %)",
                    Charts.capaian(bars, height), Charts.WIDTH, height);
            b.para(table + " dan " + figure + " menyajikan capaian seluruh indikator; warna batang mengikuti predikat.");
        }
        if (c.organisationAverage() != null && c.organisationAverage().printed() != null) {
            b.para("Rata-rata capaian kinerja organisasi: " + c.organisationAverage().printed() + " %.");
        }
        for (LkjipSummary.SasaranResult sr : c.sasaran()) {
            sasaran(b, src, sr);
        }
        Trend.add(b, src);
        Anggaran.add(b, src);
        b.section("Capaian Kinerja Lainnya");
        b.note("Prestasi dan capaian lain di luar indikator kinerja tidak tercatat di Kinerja; bagian ini diisi oleh "
                + "perangkat daerah.");
        findings(b, s);
    }

    private static void sasaran(DocBuilder b, DocumentSource src, LkjipSummary.SasaranResult sr) {
        LkjipSummary s = src.summary();
        int end = s.chapterII().renstra().periodEnd();
        b.section("Sasaran " + sr.code() + ": " + sr.name());
        List<List<String>> rows = new ArrayList<>();
        for (LkjipSummary.IndicatorResult ir : sr.indicators()) {
            AgencyDashboard.Indicator i = ir.figures();
            Comparison cmp = ir.comparison();
            rows.add(List.of(i.name(), DocumentSource.value(i.target(), i.targetCategory()),
                    DocumentSource.value(i.realisation(), i.realisationCategory()),
                    DocumentSource.printed(i.capaianPrinted()), past(cmp, s.year() - 1), past(cmp, s.year() - 2),
                    cmp == null ? "-" : DocumentSource.value(cmp.renstraEndTarget(), null),
                    cmp == null ? "-" : DocumentSource.printed(cmp.progressToEndPrinted())));
        }
        b.table("Capaian sasaran " + sr.code() + " Tahun " + s.year() + " dibandingkan tahun sebelumnya dan target akhir "
                        + "Renstra", List.of("Indikator", "Target " + s.year(), "Realisasi " + s.year(),
                        "Capaian " + s.year(), "Realisasi " + (s.year() - 1), "Realisasi " + (s.year() - 2),
                        "Target akhir " + end, "Progres thd target " + end), rows,
                List.of(false, true, true, true, true, true, true, true), List.of(30, 10, 10, 10, 10, 10, 10, 10),
                List.of());
        for (LkjipSummary.IndicatorResult ir : sr.indicators()) {
            indicator(b, ir);
        }
        if (sr.efficiency() != null && sr.efficiency().printed() != null) {
            b.para("Efisiensi sasaran " + sr.code() + ": " + sr.efficiency().printed() + " (" + sr.efficiency().verdict()
                    + "), dari capaian " + src.presentation().percent(sr.efficiency().capaian()) + " dan serapan "
                    + src.presentation().percent(sr.efficiency().serapan()) + ".");
        }
    }

    private static void indicator(DocBuilder b, LkjipSummary.IndicatorResult ir) {
        AgencyDashboard.Indicator i = ir.figures();
        StringBuilder text = new StringBuilder(i.name() + ": capaian " + DocumentSource.printed(i.capaianPrinted())
                + (i.predicate() == null ? "" : " (" + i.predicate() + ")"));
        if (i.notComputable() != null) {
            text.append("; capaian tidak dapat dihitung: ").append(i.notComputable());
        }
        if (ir.comparison() != null && ir.comparison().references() != null) {
            for (Comparison.Reference ref : ir.comparison().references()) {
                text.append("; pembanding ").append(ref.scope().equals("NATIONAL") ? "nasional" : "provinsi")
                        .append(" ").append(DocumentSource.value(ref.value(), null))
                        .append(ref.source() == null ? "" : " (" + ref.source() + ")");
            }
        }
        b.para(text + ".");
        LkjipSummary.Narrative n = ir.narrative();
        if (n == null || (n.drivingFactors() == null && n.inhibitingFactors() == null && n.followUp() == null)) {
            b.note("Tidak ada uraian faktor pendorong, penghambat dan tindak lanjut yang dicatat bersama realisasi "
                    + "indikator ini.");
            return;
        }
        if (n.drivingFactors() != null) {
            b.para("Faktor pendorong: " + n.drivingFactors());
        }
        if (n.inhibitingFactors() != null) {
            b.para("Faktor penghambat: " + n.inhibitingFactors());
        }
        if (n.followUp() != null) {
            b.para("Tindak lanjut: " + n.followUp());
        }
    }

    private static String past(Comparison cmp, int year) {
        if (cmp == null || cmp.previousYears() == null) {
            return "-";
        }
        return cmp.previousYears().stream().filter(p -> p.year() == year).findFirst()
                .map(p -> DocumentSource.value(p.realisation(), null)).orElse("-");
    }

    private static void findings(DocBuilder b, LkjipSummary s) {
        if (s.findings() == null || s.findings().isEmpty()) {
            return;
        }
        b.section("Catatan Pemeriksaan Data");
        List<List<String>> rows = new ArrayList<>();
        int no = 0;
        for (var f : s.findings()) {
            rows.add(List.of(String.valueOf(++no), f.type(), f.severity(), f.message()));
        }
        b.table("Catatan pemeriksaan data Tahun " + s.year(), List.of("No", "Jenis", "Tingkat", "Uraian"), rows,
                List.of(true, false, false, false), List.of(5, 25, 10, 60), List.of());
    }

    static String shorten(String name) {
        return name.length() <= 60 ? name : name.substring(0, 57) + "...";
    }
}
