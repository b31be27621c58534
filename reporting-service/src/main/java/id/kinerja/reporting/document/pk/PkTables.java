package id.kinerja.reporting.document.pk;

import id.kinerja.events.plan.PkParty;
import id.kinerja.reporting.document.DocBuilder;
import id.kinerja.reporting.document.DocumentSource;
import id.kinerja.reporting.document.Tanggal;
import id.kinerja.reporting.document.lkjip.Perencanaan;
import id.kinerja.reporting.lkjip.LkjipSummary;
import id.kinerja.reporting.lkjip.RfkTable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The tables of a Perjanjian Kinerja version, shared by the LKjIP (BAB II, Lampiran) and the PK document: the
 * indicator targets (an amendment beside the original, changed targets marked *), the budget lines with their
 * computed total, the signatures.
 */
public final class PkTables {

    private PkTables() {
    }

    /** Targets as of version {@code versionNo} (1 = the original). */
    public static String targets(DocBuilder b, DocumentSource src, LkjipSummary.Pk pk, int versionNo) {
        int year = src.summary().year();
        LkjipSummary.PkVersion first = pk.versions().get(0);
        LkjipSummary.PkVersion v = version(pk, versionNo);
        boolean amended = v.versionNo() > first.versionNo();
        b.para("Perjanjian Kinerja " + pk.code() + (pk.title() == null ? "" : " (" + pk.title() + ")")
                + " antara " + Perencanaan.party(pk.signer()) + " dan " + Perencanaan.party(pk.counterSigner()) + ".");
        for (LkjipSummary.PkVersion a : pk.versions()) {
            if (a.versionNo() > first.versionNo() && a.versionNo() <= v.versionNo()) {
                b.para(amendment(pk, a) + " tanggal " + Tanggal.of(a.dated()) + (a.reason() == null ? "" : ": "
                        + a.reason()) + ".");
            }
        }
        List<List<String>> rows = new ArrayList<>();
        int no = 0;
        for (LkjipSummary.PkTarget t : v.targets()) {
            LkjipSummary.IndicatorPlan plan = Perencanaan.plan(src.summary(), t.indicatorCode());
            List<String> row = new ArrayList<>(List.of(String.valueOf(++no), plan == null ? t.indicatorCode()
                    : plan.name(), plan == null ? "-" : Perencanaan.unit(plan.unit())));
            String target = DocumentSource.value(t.target(), t.targetCategory());
            if (amended) {
                LkjipSummary.PkTarget before = first.targets().stream()
                        .filter(o -> o.indicatorCode().equals(t.indicatorCode())).findFirst().orElse(null);
                row.add(before == null ? "-" : DocumentSource.value(before.target(), before.targetCategory()));
                boolean changed = before == null || !same(before.target(), t.target())
                        || !Objects.equals(before.targetCategory(), t.targetCategory());
                row.add(target + (changed ? " *" : ""));
            } else {
                row.add(target);
            }
            rows.add(row);
        }
        List<String> header = new ArrayList<>(List.of("No", "Indikator", "Satuan"));
        if (amended) {
            header.add("Target " + year + " (PK awal)");
            header.add("Target " + year + " (" + amendment(pk, v) + ")");
        } else {
            header.add("Target " + year);
        }
        return b.table("Target Perjanjian Kinerja " + pk.code() + " Tahun " + year
                        + (amended ? " (* berubah pada " + amendment(pk, v).toLowerCase() + ")" : ""), header, rows,
                amended ? List.of(true, false, false, true, true) : List.of(true, false, false, true),
                amended ? List.of(5, 49, 12, 17, 17) : List.of(5, 55, 15, 25), List.of());
    }

    /** The budget lines of the version, names from the RFK table, with the computed total (and the stated one). */
    public static String budgets(DocBuilder b, DocumentSource src, LkjipSummary.Pk pk, int versionNo) {
        LkjipSummary.PkVersion v = version(pk, versionNo);
        List<RfkTable.Row> rfk = src.summary().chapterIII().rfk();
        List<List<String>> rows = new ArrayList<>();
        int no = 0;
        for (LkjipSummary.PkBudget line : v.budgets()) {
            String name = rfk == null ? "-" : rfk.stream().filter(r -> line.budgetCode().equals(r.code()))
                    .map(RfkTable.Row::name).findFirst().orElse("-");
            rows.add(List.of(String.valueOf(++no), line.budgetCode(), name, DocumentSource.rupiah(line.amount())));
        }
        rows.add(List.of("", "", "Jumlah", DocumentSource.rupiah(v.computedTotal())));
        String label = b.table("Anggaran Perjanjian Kinerja " + pk.code() + " Tahun " + src.summary().year(),
                List.of("No", "Kode", "Program / Kegiatan / Sub-kegiatan", "Anggaran"), rows,
                List.of(true, false, false, true), List.of(5, 20, 50, 25), List.of(rows.size() - 1));
        if (v.statedTotal() != null && v.statedTotal().compareTo(v.computedTotal()) != 0) {
            b.note("Jumlah yang tertulis pada dokumen PK (" + DocumentSource.rupiah(v.statedTotal())
                    + ") berbeda dari jumlah baris anggarannya; tabel memuat jumlah yang dihitung.");
        }
        return label;
    }

    public static void signatures(DocBuilder b, DocumentSource src, LkjipSummary.Pk pk, int versionNo) {
        LkjipSummary.PkVersion v = version(pk, versionNo);
        String placeDate = src.pemdaName().replaceFirst("^Pemerintah ", "") + ", " + Tanggal.of(v.dated());
        b.signatures(List.of(party("Pihak Kedua", "", pk.counterSigner()), party("Pihak Pertama", placeDate,
                pk.signer())));
    }

    private static List<String> party(String role, String placeDate, PkParty p) {
        if (p == null) {
            return List.of(placeDate, role, "-", "", "");
        }
        return List.of(placeDate, role + (p.position() == null ? "" : ", " + p.position()),
                p.name() == null ? "-" : p.name(), p.rank() == null ? "" : p.rank(),
                p.nip() == null ? "" : "NIP " + p.nip());
    }

    /** "Perubahan ke-1" for the second version. */
    public static String amendment(LkjipSummary.Pk pk, LkjipSummary.PkVersion v) {
        return "Perubahan ke-" + (v.versionNo() - pk.versions().get(0).versionNo());
    }

    public static LkjipSummary.PkVersion version(LkjipSummary.Pk pk, int versionNo) {
        return pk.versions().stream().filter(x -> x.versionNo() == versionNo).findFirst()
                .orElse(pk.versions().get(pk.versions().size() - 1));
    }

    private static boolean same(BigDecimal a, BigDecimal c) {
        return a == null ? c == null : c != null && a.compareTo(c) == 0;
    }
}
