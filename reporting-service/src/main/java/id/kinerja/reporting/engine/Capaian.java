package id.kinerja.reporting.engine;

import id.kinerja.events.plan.CategoryPolicy;
import id.kinerja.events.plan.Direction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Capaian (achievement, %) of a realisation against its target. Never capped: 202,6 stays 202,6.
 * <ul>
 * <li>higher is better: realisasi / target × 100</li>
 * <li>lower is better: (2 × target − realisasi) / target × 100 (reports print it as
 * "target − (realisasi − target) / target × 100", the same formula with brackets missing)</li>
 * <li>range [lower, upper]: 100 inside; below: realisasi / lower × 100; above: (2 × upper − realisasi) / upper × 100</li>
 * </ul>
 */
public final class Capaian {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Capaian() {
    }

    public static Figure of(Direction direction, BigDecimal target, BigDecimal realisasi, BigDecimal rangeLower,
                            BigDecimal rangeUpper) {
        var inputs = Figure.inputs("direction", direction, "target", target, "realisasi", realisasi);
        if (realisasi == null) {
            return Figure.notComputable("no realisation", formula(direction), inputs);
        }
        return switch (direction) {
            case HIGHER_IS_BETTER -> higher(target, realisasi, inputs);
            case LOWER_IS_BETTER -> lower(target, realisasi, inputs);
            case RANGE -> range(rangeLower, rangeUpper, realisasi, inputs);
        };
    }

    static String formula(Direction direction) {
        return switch (direction) {
            case HIGHER_IS_BETTER -> "realisasi / target × 100";
            case LOWER_IS_BETTER -> "(2 × target − realisasi) / target × 100";
            case RANGE -> "100 within [lower, upper]; realisasi / lower × 100 below; (2 × upper − realisasi) / upper × 100 above";
        };
    }

    private static Figure higher(BigDecimal target, BigDecimal realisasi, java.util.Map<String, Object> inputs) {
        if (target == null || target.signum() == 0) {
            return Figure.notComputable(target == null ? "no target" : "target is 0: capaian is undefined",
                    formula(Direction.HIGHER_IS_BETTER), inputs);
        }
        BigDecimal value = realisasi.multiply(HUNDRED).divide(target, Figure.SCALE, RoundingMode.HALF_EVEN);
        return Figure.of(value, formula(Direction.HIGHER_IS_BETTER),
                Figure.plain(realisasi) + " / " + Figure.plain(target) + " × 100", inputs);
    }

    private static Figure lower(BigDecimal target, BigDecimal realisasi, java.util.Map<String, Object> inputs) {
        if (target == null || target.signum() == 0) {
            return Figure.notComputable(target == null ? "no target" : "target is 0: capaian is undefined",
                    formula(Direction.LOWER_IS_BETTER), inputs);
        }
        BigDecimal value = TWO.multiply(target).subtract(realisasi).multiply(HUNDRED)
                .divide(target, Figure.SCALE, RoundingMode.HALF_EVEN);
        return Figure.of(value, formula(Direction.LOWER_IS_BETTER),
                "(2 × " + Figure.plain(target) + " − " + Figure.plain(realisasi) + ") / " + Figure.plain(target) + " × 100",
                inputs);
    }

    private static Figure range(BigDecimal lower, BigDecimal upper, BigDecimal realisasi,
                                java.util.Map<String, Object> inputs) {
        inputs.put("rangeLower", lower);
        inputs.put("rangeUpper", upper);
        if (lower == null || upper == null) {
            return Figure.notComputable("a RANGE indicator needs both bounds", formula(Direction.RANGE), inputs);
        }
        if (realisasi.compareTo(lower) < 0) {
            Figure below = higher(lower, realisasi, inputs);
            return below.computed() ? Figure.of(below.value(), formula(Direction.RANGE), below.substituted(), inputs)
                    : below;
        }
        if (realisasi.compareTo(upper) > 0) {
            Figure above = lower(upper, realisasi, inputs);
            return above.computed() ? Figure.of(above.value(), formula(Direction.RANGE), above.substituted(), inputs)
                    : above;
        }
        return Figure.of(HUNDRED, formula(Direction.RANGE), Figure.plain(realisasi) + " within ["
                + Figure.plain(lower) + ", " + Figure.plain(upper) + "]", inputs);
    }

    /**
     * Qualitative indicators (e.g. AKIP category): REACHED_IS_100 gives 100 when the realised category is
     * at or above the target in the ordered list, else the ratio of their positions (1-based) × 100;
     * SCORE_RATIO divides the underlying scores (e.g. AKIP 70,57 of a target 75).
     */
    public static Figure ofCategory(CategoryPolicy policy, List<String> categories, String target, String realised,
                                    BigDecimal targetScore, BigDecimal realisedScore) {
        var inputs = Figure.inputs("policy", policy, "categories", categories, "target", target, "realised", realised,
                "targetScore", targetScore, "realisedScore", realisedScore);
        if (policy == CategoryPolicy.SCORE_RATIO) {
            if (realisedScore == null || targetScore == null || targetScore.signum() == 0) {
                return Figure.notComputable("SCORE_RATIO needs both scores and a non-zero target score",
                        "realised score / target score × 100", inputs);
            }
            return Figure.of(realisedScore.multiply(HUNDRED).divide(targetScore, Figure.SCALE, RoundingMode.HALF_EVEN),
                    "realised score / target score × 100", Figure.plain(realisedScore) + " / "
                            + Figure.plain(targetScore) + " × 100", inputs);
        }
        int t = categories.indexOf(target);
        int r = categories.indexOf(realised);
        if (t < 0 || r < 0) {
            return Figure.notComputable("category not in " + categories, "100 if reached", inputs);
        }
        if (r >= t) {
            return Figure.of(HUNDRED, "100 when the realised category reaches the target", realised + " ≥ " + target,
                    inputs);
        }
        return Figure.of(BigDecimal.valueOf(r + 1L).multiply(HUNDRED).divide(BigDecimal.valueOf(t + 1L), Figure.SCALE,
                        RoundingMode.HALF_EVEN), "position of realised / position of target × 100",
                (r + 1) + " / " + (t + 1) + " × 100", inputs);
    }
}
