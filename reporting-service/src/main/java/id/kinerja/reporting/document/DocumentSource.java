package id.kinerja.reporting.document;

import id.kinerja.reporting.document.prose.Prose;
import id.kinerja.reporting.engine.Presentation;
import id.kinerja.reporting.lkjip.LkjipSummary;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a document is made from: the stored LKjIP summary of one figures version (every number), the version
 * and its time (the footer's stamp), the names of the agency and pemda as planning-service announced them, and
 * the agency's own prose ({@link Prose#NONE}: the generated defaults).
 */
public record DocumentSource(LkjipSummary summary, String agencyName, String pemdaName, long version,
                             Instant versionAt, Prose prose) {

    /** The tenant's rounding rule the figures were presented with. */
    public Presentation presentation() {
        var rules = summary.chapterIII().rules();
        if (rules == null || rules.rounding() == null) {
            return Presentation.DEFAULT;
        }
        String[] rounding = rules.rounding().split(" ");
        return new Presentation(id.kinerja.events.plan.RoundingMode.valueOf(rounding[0]),
                Integer.parseInt(rounding[1]));
    }

    /** {@code angka versi 12, ...}, with the prose version when the agency wrote any ({@code teks versi 2}). */
    public String stampWithProse() {
        return prose.version() == 0 ? stamp() : stamp() + " · teks versi " + prose.version();
    }

    /** {@code angka versi 12, 2 Desember 2026 20.19 WIB}: the stamp in every footer. */
    public String stamp() {
        return "angka versi " + version + ", " + Tanggal.of(versionAt);
    }

    /** A held number as printed ({@code 18,5}), a category, or "-". */
    public static String value(BigDecimal number, String category) {
        if (number != null) {
            return Presentation.number(number);
        }
        return category == null || category.isBlank() ? "-" : category;
    }

    public static String rupiah(BigDecimal amount) {
        return amount == null ? "-" : Presentation.rupiah(amount);
    }

    /** A stored printed percentage ({@code 72,84}) with its sign, or "-". */
    public static String printed(String printed) {
        return printed == null ? "-" : printed + " %";
    }
}
