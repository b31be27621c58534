package id.kinerja.reporting.document.lkjip;

import id.kinerja.reporting.document.DocBuilder;
import id.kinerja.reporting.document.DocumentSource;
import id.kinerja.reporting.lkjip.LkjipSummary;

import java.util.ArrayList;
import java.util.List;

/** BAB II: the Renstra's tujuan, sasaran and IKU with their targets, and the PK with its amendments. */
public final class Perencanaan {

    private Perencanaan() {
    }

    static void add(DocBuilder b, DocumentSource src) {
        LkjipSummary s = src.summary();
        LkjipSummary.Renstra r = s.chapterII().renstra();
        b.chapter("BAB II PERENCANAAN KINERJA", "2");
        b.section("Rencana Strategis");
        b.para("Rencana Strategis " + r.title() + " periode " + r.periodStart() + "–" + r.periodEnd()
                + (r.legalBasis() == null ? "" : " ditetapkan dengan " + r.legalBasis()) + "."
                + (r.versions().size() > 1 ? " Versi: " + String.join(", ", r.versions()) + "." : ""));
        List<List<String>> rows = new ArrayList<>();
        for (LkjipSummary.Tujuan t : r.tujuan()) {
            for (LkjipSummary.Sasaran sa : t.sasaran()) {
                for (LkjipSummary.IndicatorPlan i : sa.indicators()) {
                    rows.add(List.of(t.name(), sa.name(), i.name() + (i.iku() ? " (IKU)" : ""), unit(i.unit()),
                            target(i, s.year()), i.endTarget() == null ? "-"
                                    : DocumentSource.value(i.endTarget().value(), i.endTarget().category())));
                }
            }
        }
        String label = b.table("Tujuan, sasaran dan indikator kinerja Renstra " + r.periodStart() + "–" + r.periodEnd(),
                List.of("Tujuan", "Sasaran", "Indikator", "Satuan", "Target " + s.year(), "Target akhir " + r.periodEnd()),
                rows, List.of(false, false, false, false, true, true), List.of(18, 22, 30, 8, 11, 11), List.of());
        b.para(label + " memuat tujuan, sasaran dan indikator kinerja Renstra dengan target Tahun " + s.year()
                + "; matriks lengkap per tahun ada di Lampiran.");
        b.section("Perjanjian Kinerja");
        List<LkjipSummary.Pk> pks = s.chapterII().perjanjianKinerja();
        List<LkjipSummary.Pk> heads = pks.stream().filter(p -> p.parentCode() == null).toList();
        if (pks.isEmpty()) {
            b.note("Tidak ada Perjanjian Kinerja Tahun " + s.year() + " yang tercatat.");
        }
        for (LkjipSummary.Pk pk : heads.isEmpty() ? pks.stream().limit(1).toList() : heads) {
            id.kinerja.reporting.document.pk.PkTables.targets(b, src, pk,
                    pk.versions().get(pk.versions().size() - 1).versionNo());
        }
        if (pks.size() > heads.size()) {
            b.para("Perjanjian Kinerja berjenjang (" + (pks.size() - heads.size()) + ") tercantum di Lampiran.");
        }
    }

    public static String party(id.kinerja.events.plan.PkParty p) {
        if (p == null) {
            return "-";
        }
        return (p.name() == null ? "" : p.name() + ", ") + (p.position() == null ? "" : p.position());
    }

    public static LkjipSummary.IndicatorPlan plan(LkjipSummary s, String code) {
        return s.chapterII().renstra().tujuan().stream().flatMap(t -> java.util.stream.Stream.concat(
                        t.indicators().stream(), t.sasaran().stream().flatMap(sa -> sa.indicators().stream())))
                .filter(i -> i.code().equals(code)).findFirst().orElse(null);
    }

    static String target(LkjipSummary.IndicatorPlan i, int year) {
        return i.targets().stream().filter(t -> t.year() != null && t.year() == year).findFirst()
                .map(t -> DocumentSource.value(t.value(), t.category())).orElse("-");
    }

    public static String unit(String unit) {
        return unit == null ? "-" : unit;
    }
}
