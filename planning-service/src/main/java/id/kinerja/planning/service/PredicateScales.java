package id.kinerja.planning.service;

import id.kinerja.events.plan.PredicateScale;
import id.kinerja.events.plan.PredicateScale.Band;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Predicate scales: the shipped presets and the completeness check. A valid scale covers every value
 * from minus to plus infinity exactly once: sorted by lower bound, each band starts where the previous
 * ended, with exactly one of the two touching bounds inclusive.
 */
public final class PredicateScales {

    private static final BigDecimal B50 = new BigDecimal(50);
    private static final BigDecimal B65 = new BigDecimal(65);
    private static final BigDecimal B75 = new BigDecimal(75);
    private static final BigDecimal B90 = new BigDecimal(90);

    /**
     * Permendagri 54/2010 as printed (>= 91, 76-90, 66-75, 51-65, <= 50) leaves gaps between the integers;
     * here each band runs up to the next one's start: (90, inf) is Sangat Tinggi, and so on.
     */
    public static final PredicateScale PERMENDAGRI_54_2010 = new PredicateScale("PERMENDAGRI_54_2010",
            "Permendagri 54/2010 (gaps between printed integer bounds closed upward)", List.of(
            new Band("Sangat Tinggi", B90, false, null, false),
            new Band("Tinggi", B75, false, B90, true),
            new Band("Sedang", B65, false, B75, true),
            new Band("Rendah", B50, false, B65, true),
            new Band("Sangat Rendah", null, false, B50, true)));

    /** Permendagri 86/2017 prints 90 in two classes; here 90 is Sangat Tinggi (>= 90). */
    public static final PredicateScale PERMENDAGRI_86_2017 = new PredicateScale("PERMENDAGRI_86_2017",
            "Permendagri 86/2017 (90 counted once, as Sangat Tinggi)", List.of(
            new Band("Sangat Tinggi", B90, true, null, false),
            new Band("Tinggi", B75, false, B90, false),
            new Band("Sedang", B65, false, B75, true),
            new Band("Rendah", B50, false, B65, true),
            new Band("Sangat Rendah", null, false, B50, true)));

    /** AKIP evaluation categories: AA > 90, A 80-90, BB 70-80, B 60-70, CC 50-60, C 30-50, D 0-30. */
    public static final PredicateScale AKIP_CATEGORY = new PredicateScale("AKIP_CATEGORY",
            "Kategori AKIP (PermenPANRB 88/2021), upper bounds inclusive", List.of(
            new Band("AA", B90, false, null, false),
            new Band("A", new BigDecimal(80), false, B90, true),
            new Band("BB", new BigDecimal(70), false, new BigDecimal(80), true),
            new Band("B", new BigDecimal(60), false, new BigDecimal(70), true),
            new Band("CC", B50, false, new BigDecimal(60), true),
            new Band("C", new BigDecimal(30), false, B50, true),
            new Band("D", null, false, new BigDecimal(30), true)));

    public static final Map<String, PredicateScale> PRESETS = Map.of(
            PERMENDAGRI_54_2010.code(), PERMENDAGRI_54_2010,
            PERMENDAGRI_86_2017.code(), PERMENDAGRI_86_2017,
            AKIP_CATEGORY.code(), AKIP_CATEGORY);

    private PredicateScales() {
    }

    public static Optional<PredicateScale> preset(String code) {
        return Optional.ofNullable(PRESETS.get(code));
    }

    /** Human-readable problems: overlaps, gaps, empty bands, missing coverage at either end. */
    public static List<String> problems(PredicateScale scale) {
        List<String> problems = new ArrayList<>();
        List<Band> bands = new ArrayList<>(scale.bands());
        for (Band b : bands) {
            if (b.lower() != null && b.upper() != null) {
                int cmp = b.lower().compareTo(b.upper());
                if (cmp > 0 || (cmp == 0 && !(b.lowerInclusive() && b.upperInclusive()))) {
                    problems.add("band '" + b.label() + "' is empty (" + describe(b) + ")");
                }
            }
        }
        bands.sort(Comparator.comparing(Band::lower, Comparator.nullsFirst(Comparator.naturalOrder())));
        if (bands.get(0).lower() != null) {
            problems.add("values below " + bands.get(0).lower().toPlainString() + " fall in no band");
        }
        for (int i = 1; i < bands.size(); i++) {
            Band prev = bands.get(i - 1);
            Band next = bands.get(i);
            if (prev.upper() == null) {
                problems.add("band '" + prev.label() + "' has no upper bound but '" + next.label() + "' lies above it");
                continue;
            }
            if (next.lower() == null) {
                problems.add("bands '" + prev.label() + "' and '" + next.label() + "' both have no lower bound");
                continue;
            }
            int cmp = prev.upper().compareTo(next.lower());
            if (cmp > 0 || (cmp == 0 && prev.upperInclusive() && next.lowerInclusive())) {
                problems.add("bands '" + prev.label() + "' (" + describe(prev) + ") and '" + next.label() + "' ("
                        + describe(next) + ") overlap at " + next.lower().toPlainString());
            } else if (cmp < 0 || !prev.upperInclusive() && !next.lowerInclusive()) {
                problems.add("values between '" + prev.label() + "' (" + describe(prev) + ") and '" + next.label()
                        + "' (" + describe(next) + ") fall in no band");
            }
        }
        Band top = bands.get(bands.size() - 1);
        if (top.upper() != null) {
            problems.add("values above " + top.upper().toPlainString() + " fall in no band; capaian is not capped at "
                    + "100, so the top band should have no upper bound");
        }
        return problems;
    }

    static String describe(Band b) {
        return (b.lower() == null ? "(-inf" : (b.lowerInclusive() ? "[" : "(") + b.lower().toPlainString()) + ", "
                + (b.upper() == null ? "+inf)" : b.upper().toPlainString() + (b.upperInclusive() ? "]" : ")"));
    }
}
