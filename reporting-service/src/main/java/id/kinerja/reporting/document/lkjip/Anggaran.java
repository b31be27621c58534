package id.kinerja.reporting.document.lkjip;

import id.kinerja.reporting.document.Charts;
import id.kinerja.reporting.document.DocBuilder;
import id.kinerja.reporting.document.DocumentSource;
import id.kinerja.reporting.engine.Presentation;
import id.kinerja.reporting.figures.AgencyDashboard;
import id.kinerja.reporting.lkjip.LkjipSummary;

import java.util.ArrayList;
import java.util.List;

/** Budget realisation and absorption per program, and efficiency per sasaran (all stored figures). */
final class Anggaran {

    private Anggaran() {
    }

    static void add(DocBuilder b, DocumentSource src) {
        LkjipSummary s = src.summary();
        Presentation pr = src.presentation();
        AgencyDashboard.Budget budget = s.chapterIII().budget();
        b.section("Realisasi Anggaran");
        if (budget == null || budget.programs() == null || budget.programs().isEmpty()) {
            b.note("Tidak ada anggaran yang tercatat untuk Tahun " + s.year() + ".");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        List<Charts.Bar> bars = new ArrayList<>();
        for (AgencyDashboard.Program p : budget.programs()) {
            rows.add(List.of(p.code(), p.name(), DocumentSource.rupiah(p.pagu()), DocumentSource.rupiah(p.spent()),
                    p.absorption() == null ? "-" : pr.percent(p.absorption())));
            if (p.absorption() != null) {
                bars.add(new Charts.Bar(p.code() + " " + Akuntabilitas.shorten(p.name()), p.absorption(),
                        pr.percent(p.absorption()), null));
            }
        }
        rows.add(List.of("", "Jumlah", DocumentSource.rupiah(budget.pagu()), DocumentSource.rupiah(budget.spent()),
                DocumentSource.printed(budget.absorptionPrinted())));
        String table = b.table("Realisasi anggaran per program Tahun " + s.year() + " (pagu " + budget.paguVersion() + ")",
                List.of("Kode", "Program", "Pagu " + s.year(), "Realisasi " + s.year(), "Serapan"), rows,
                List.of(false, false, true, true, true), List.of(12, 40, 18, 18, 12), List.of(rows.size() - 1));
        if (!bars.isEmpty()) {
            int height = 70 + 34 * bars.size();
            String figure = b.figure("Serapan anggaran per program Tahun " + s.year(), Charts.absorption(bars, height),
                    Charts.WIDTH, height);
            b.para(table + " dan " + figure + ": realisasi " + DocumentSource.rupiah(budget.spent()) + " dari pagu "
                    + DocumentSource.rupiah(budget.pagu()) + ", serapan " + DocumentSource.printed(budget.absorptionPrinted())
                    + ".");
        }
        efficiency(b, s, pr);
    }

    private static void efficiency(DocBuilder b, LkjipSummary s, Presentation pr) {
        List<List<String>> rows = new ArrayList<>();
        for (LkjipSummary.SasaranResult sr : s.chapterIII().sasaran()) {
            AgencyDashboard.Efficiency e = sr.efficiency();
            if (e == null) {
                continue;
            }
            rows.add(List.of(sr.code() + " " + sr.name(), DocumentSource.rupiah(e.pagu()), DocumentSource.rupiah(e.spent()),
                    e.capaian() == null ? "-" : pr.percent(e.capaian()), e.serapan() == null ? "-" : pr.percent(e.serapan()),
                    e.printed() == null ? "-" : e.printed(), e.verdict() == null ? "-" : e.verdict()));
        }
        if (rows.isEmpty()) {
            return;
        }
        b.section("Efisiensi Penggunaan Sumber Daya");
        var rules = s.chapterIII().rules();
        b.table("Efisiensi per sasaran Tahun " + s.year() + (rules == null ? "" : " (aturan " + rules.efficiencyRule() + ")"),
                List.of("Sasaran", "Pagu", "Realisasi", "Capaian", "Serapan", "Efisiensi", "Keterangan"), rows,
                List.of(false, true, true, true, true, true, false), List.of(28, 15, 15, 10, 10, 10, 12), List.of());
    }
}
