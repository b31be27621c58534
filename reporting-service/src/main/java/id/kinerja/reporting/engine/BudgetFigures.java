package id.kinerja.reporting.engine;

import id.kinerja.events.plan.EfficiencyRule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Budget absorption (serapan) and the four efficiency rules of PRIMER §3, plus the organisation average. */
public final class BudgetFigures {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private BudgetFigures() {
    }

    /** serapan = realisasi / pagu × 100. */
    public static Figure absorption(BigDecimal realisasi, BigDecimal pagu) {
        var inputs = Figure.inputs("realisasi", realisasi, "pagu", pagu);
        if (pagu == null || pagu.signum() == 0) {
            return Figure.notComputable(pagu == null ? "no pagu" : "pagu is 0", "realisasi / pagu × 100", inputs);
        }
        BigDecimal spent = realisasi == null ? BigDecimal.ZERO : realisasi;
        return Figure.of(spent.multiply(HUNDRED).divide(pagu, Figure.SCALE, RoundingMode.HALF_EVEN),
                "realisasi / pagu × 100", Figure.plain(spent) + " / " + Figure.plain(pagu) + " × 100", inputs);
    }

    /** The efficiency figure and, for the verdict rule or where the rule implies one, "Efisien" / "Kurang Efisien". */
    public record Efficiency(Figure figure, String verdict) {
    }

    public static Efficiency efficiency(EfficiencyRule rule, BigDecimal capaian, BigDecimal serapan) {
        var inputs = Figure.inputs("rule", rule, "capaian", capaian, "serapan", serapan);
        if (capaian == null || serapan == null) {
            return new Efficiency(Figure.notComputable("needs both capaian and serapan", rule.name(), inputs), null);
        }
        String verdict = capaian.compareTo(serapan) > 0 ? "Efisien" : "Kurang Efisien";
        return switch (rule) {
            case VERDICT_CAPAIAN_ABOVE_SERAPAN -> new Efficiency(Figure.of(capaian.subtract(serapan),
                    "Efisien when capaian % > serapan % (value: capaian − serapan, in points)",
                    Figure.plain(capaian) + " − " + Figure.plain(serapan), inputs), verdict);
            case INDEX_ONE_MINUS_RATIO -> capaian.signum() == 0
                    ? new Efficiency(Figure.notComputable("capaian is 0", "1 − serapan / capaian", inputs), null)
                    : new Efficiency(Figure.of(BigDecimal.ONE.subtract(serapan.divide(capaian, Figure.SCALE,
                            RoundingMode.HALF_EVEN)), "1 − serapan / capaian", "1 − " + Figure.plain(serapan) + " / "
                            + Figure.plain(capaian), inputs), verdict);
            case PERCENT_DIFFERENCE -> capaian.signum() == 0
                    ? new Efficiency(Figure.notComputable("capaian is 0", "(capaian − serapan) / capaian × 100", inputs), null)
                    : new Efficiency(Figure.of(capaian.subtract(serapan).multiply(HUNDRED).divide(capaian, Figure.SCALE,
                            RoundingMode.HALF_EVEN), "(capaian − serapan) / capaian × 100", "(" + Figure.plain(capaian)
                            + " − " + Figure.plain(serapan) + ") / " + Figure.plain(capaian) + " × 100", inputs), verdict);
            case RATIO -> serapan.signum() == 0
                    ? new Efficiency(Figure.notComputable("serapan is 0", "capaian / serapan × 100", inputs), null)
                    : new Efficiency(Figure.of(capaian.multiply(HUNDRED).divide(serapan, Figure.SCALE,
                            RoundingMode.HALF_EVEN), "capaian / serapan × 100", Figure.plain(capaian) + " / "
                            + Figure.plain(serapan) + " × 100", inputs), verdict);
        };
    }

    /** Mean of the computable capaian; the ones that are not computable are named, not counted as 0. */
    public static Figure average(List<Figure> capaians, List<String> codes) {
        List<BigDecimal> values = capaians.stream().filter(Figure::computed).map(Figure::value).toList();
        List<String> skipped = new java.util.ArrayList<>();
        for (int i = 0; i < capaians.size(); i++) {
            if (!capaians.get(i).computed()) {
                skipped.add(codes.get(i));
            }
        }
        var inputs = Figure.inputs("indicators", codes, "skipped", skipped);
        if (values.isEmpty()) {
            return Figure.notComputable("no computable capaian", "Σ capaian / n", inputs);
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return Figure.of(sum.divide(BigDecimal.valueOf(values.size()), Figure.SCALE, RoundingMode.HALF_EVEN),
                "Σ capaian / n", "(" + String.join(" + ", values.stream().map(Figure::plain).toList()) + ") / "
                        + values.size(), inputs);
    }
}
