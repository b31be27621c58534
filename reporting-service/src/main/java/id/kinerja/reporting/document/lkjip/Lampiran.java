package id.kinerja.reporting.document.lkjip;

import id.kinerja.events.plan.TargetValue;
import id.kinerja.reporting.document.DocBuilder;
import id.kinerja.reporting.document.DocumentSource;
import id.kinerja.reporting.document.pk.PkTables;
import id.kinerja.reporting.engine.Presentation;
import id.kinerja.reporting.lkjip.LkjipSummary;
import id.kinerja.reporting.lkjip.RfkTable;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** The appendix: the signed PK with its amendments, the RFK table and the Renstra matrix. */
final class Lampiran {

    private Lampiran() {
    }

    static void add(DocBuilder b, DocumentSource src) {
        LkjipSummary s = src.summary();
        b.chapter("LAMPIRAN", "L");
        b.section("Perjanjian Kinerja");
        List<LkjipSummary.Pk> pks = s.chapterII().perjanjianKinerja();
        if (pks.isEmpty()) {
            b.note("Tidak ada Perjanjian Kinerja yang tercatat.");
        }
        for (LkjipSummary.Pk pk : pks.stream().filter(p -> p.parentCode() == null).toList()) {
            int last = pk.versions().get(pk.versions().size() - 1).versionNo();
            PkTables.targets(b, src, pk, last);
            PkTables.budgets(b, src, pk, last);
            PkTables.signatures(b, src, pk, last);
        }
        List<LkjipSummary.Pk> cascaded = pks.stream().filter(p -> p.parentCode() != null).toList();
        if (!cascaded.isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (LkjipSummary.Pk pk : cascaded) {
                LkjipSummary.PkVersion v = pk.versions().get(pk.versions().size() - 1);
                rows.add(List.of(pk.code(), Perencanaan.party(pk.signer()), pk.parentCode(),
                        String.valueOf(pk.versions().size() - 1), String.valueOf(v.targets().size()),
                        DocumentSource.rupiah(v.computedTotal())));
            }
            b.table("Perjanjian Kinerja berjenjang Tahun " + s.year(), List.of("PK", "Pihak pertama", "Induk",
                            "Perubahan", "Indikator", "Anggaran"), rows, List.of(false, false, false, true, true, true),
                    List.of(14, 36, 14, 10, 10, 16), List.of());
        }
        rfk(b, s);
        renstra(b, s);
    }

    private static void rfk(DocBuilder b, LkjipSummary s) {
        b.section("Realisasi Fisik dan Keuangan");
        List<RfkTable.Row> rfk = s.chapterIII().rfk();
        if (rfk == null || rfk.size() <= 1) {
            b.note("Tidak ada anggaran yang tercatat.");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        List<Integer> bold = new ArrayList<>();
        for (RfkTable.Row r : rfk) {
            if (!"SUB_KEGIATAN".equals(r.level())) {
                bold.add(rows.size());
            }
            // a wide table: amounts without the "Rp" of every cell, the headers say (Rp)
            rows.add(List.of(r.code() == null ? "" : r.code(), r.name(), amount(r.pagu()), amount(r.spent()),
                    pct(r.pctKeuangan()), pct(r.pctFisik()), amount(r.sisa())));
        }
        b.table("Realisasi fisik dan keuangan Tahun " + s.year() + " sampai dengan triwulan IV", List.of("Kode",
                        "Program / Kegiatan / Sub-kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Keuangan", "Fisik", "Sisa (Rp)"),
                rows, List.of(false, false, true, true, true, true, true), List.of(17, 24, 15, 15, 9, 7, 13), bold);
    }

    private static void renstra(DocBuilder b, LkjipSummary s) {
        LkjipSummary.Renstra r = s.chapterII().renstra();
        b.section("Matriks Rencana Strategis " + r.periodStart() + "–" + r.periodEnd());
        List<Integer> years = IntStream.rangeClosed(r.periodStart(), r.periodEnd()).boxed().toList();
        List<String> header = new ArrayList<>(List.of("Sasaran", "Indikator", "Satuan"));
        years.forEach(y -> header.add(String.valueOf(y)));
        header.add("Akhir");
        List<List<String>> rows = new ArrayList<>();
        for (LkjipSummary.Tujuan t : r.tujuan()) {
            for (LkjipSummary.IndicatorPlan i : t.indicators()) {
                rows.add(row("Tujuan: " + t.name(), i, years));
            }
            for (LkjipSummary.Sasaran sa : t.sasaran()) {
                for (LkjipSummary.IndicatorPlan i : sa.indicators()) {
                    rows.add(row(sa.name(), i, years));
                }
            }
        }
        List<Boolean> numeric = new ArrayList<>(List.of(false, false, false));
        List<Integer> widths = new ArrayList<>(List.of(22, 28, 8));
        years.forEach(y -> {
            numeric.add(true);
            widths.add(42 / (years.size() + 1));
        });
        numeric.add(true);
        widths.add(42 / (years.size() + 1));
        b.table("Matriks target Renstra " + r.periodStart() + "–" + r.periodEnd() + " per tahun", header, rows,
                numeric, widths, List.of());
    }

    private static List<String> row(String parent, LkjipSummary.IndicatorPlan i, List<Integer> years) {
        List<String> row = new ArrayList<>(List.of(parent, i.name() + (i.iku() ? " (IKU)" : ""),
                Perencanaan.unit(i.unit())));
        for (int y : years) {
            row.add(i.targets().stream().filter(t -> t.year() != null && t.year() == y).findFirst()
                    .map(t -> DocumentSource.value(t.value(), t.category())).orElse("-"));
        }
        TargetValue end = i.endTarget();
        row.add(end == null ? "-" : DocumentSource.value(end.value(), end.category()));
        return row;
    }

    private static String amount(java.math.BigDecimal value) {
        return value == null ? "-" : Presentation.number(value.setScale(0, java.math.RoundingMode.HALF_UP));
    }

    private static String pct(java.math.BigDecimal value) {
        return value == null ? "-" : Presentation.number(value) + " %";
    }
}
