package id.kinerja.reporting.document.pk;

import id.kinerja.reporting.document.Doc;
import id.kinerja.reporting.document.DocBuilder;
import id.kinerja.reporting.document.DocumentSource;
import id.kinerja.reporting.document.Tanggal;
import id.kinerja.reporting.lkjip.LkjipSummary;

import java.util.List;

/**
 * A Perjanjian Kinerja version as a document: the statement, the indicator targets (amended targets marked),
 * the budget and the signatures of both parties with place and date. From the stored summary of one figures
 * version, like the LKjIP.
 */
public final class PkDocument {

    private PkDocument() {
    }

    public static Doc of(DocumentSource src, LkjipSummary.Pk pk, int versionNo) {
        LkjipSummary.PkVersion v = PkTables.version(pk, versionNo);
        int year = src.summary().year();
        boolean amended = v.versionNo() > pk.versions().get(0).versionNo();
        String title = "PERJANJIAN KINERJA TAHUN " + year + (amended ? " (" + PkTables.amendment(pk, v).toUpperCase()
                + ")" : "");
        DocBuilder b = new DocBuilder();
        b.chapter(title, "1");
        b.para("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta "
                + "berorientasi pada hasil, yang bertanda tangan di bawah ini:");
        b.para("Pihak pertama: " + party(pk.signer()));
        b.para("Pihak kedua: " + party(pk.counterSigner()));
        b.para("Pihak pertama berjanji akan mewujudkan target kinerja Tahun " + year + " sebagaimana tercantum pada "
                + "tabel berikut, dan pihak kedua akan melakukan supervisi serta evaluasi atas capaiannya.");
        if (amended) {
            b.para("Dokumen ini adalah " + PkTables.amendment(pk, v).toLowerCase() + " tanggal " + Tanggal.of(v.dated())
                    + (v.reason() == null ? "" : " (" + v.reason() + ")") + "; target yang berubah ditandai *.",
                    "BOLD");
        }
        PkTables.targets(b, src, pk, v.versionNo());
        PkTables.budgets(b, src, pk, v.versionNo());
        PkTables.signatures(b, src, pk, v.versionNo());
        Doc.Cover cover = new Doc.Cover(List.of("PERJANJIAN KINERJA", "TAHUN " + year,
                amended ? PkTables.amendment(pk, v) : "PK " + pk.code()), src.agencyName(), src.pemdaName(),
                String.valueOf(year));
        return b.build("Perjanjian Kinerja " + pk.code() + " " + year + " versi " + v.versionNo(), cover,
                "PK " + pk.code() + " " + year + " versi " + v.versionNo() + " · " + src.stamp());
    }

    private static String party(id.kinerja.events.plan.PkParty p) {
        if (p == null) {
            return "-";
        }
        return String.join(", ", java.util.stream.Stream.of(p.name(), p.nip() == null ? null : "NIP " + p.nip(),
                p.rank(), p.position()).filter(x -> x != null && !x.isBlank()).toList());
    }
}
