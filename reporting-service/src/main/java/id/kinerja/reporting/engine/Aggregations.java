package id.kinerja.reporting.engine;

import id.kinerja.events.plan.Aggregation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/**
 * Year-to-date realisation from quarterly values, by the indicator's aggregation: CUMULATIVE sums,
 * LAST_VALUE takes the latest reported quarter, AVERAGE averages the reported quarters, RATIO_OF_SUMS
 * recomputes Σ numerator / Σ denominator (× 100 for percentages) because percentages must not be averaged.
 */
public final class Aggregations {

    private Aggregations() {
    }

    public static Figure yearToDate(Aggregation aggregation, List<QuarterValue> quarters, int throughQuarter,
                                    boolean percentage) {
        List<QuarterValue> upTo = quarters.stream().filter(q -> q.quarter() <= throughQuarter)
                .sorted(Comparator.comparingInt(QuarterValue::quarter)).toList();
        var inputs = Figure.inputs("aggregation", aggregation, "throughQuarter", throughQuarter, "quarters", upTo);
        if (upTo.isEmpty()) {
            return Figure.notComputable("no realisation reported up to quarter " + throughQuarter, aggregation.name(),
                    inputs);
        }
        return switch (aggregation) {
            case CUMULATIVE -> {
                BigDecimal sum = upTo.stream().map(QuarterValue::value).reduce(BigDecimal.ZERO, BigDecimal::add);
                yield Figure.of(sum, "Σ quarterly values", join(upTo, " + "), inputs);
            }
            case LAST_VALUE -> {
                QuarterValue last = upTo.get(upTo.size() - 1);
                yield Figure.of(last.value(), "value of the latest reported quarter",
                        "Q" + last.quarter() + " = " + Figure.plain(last.value()), inputs);
            }
            case AVERAGE -> {
                BigDecimal sum = upTo.stream().map(QuarterValue::value).reduce(BigDecimal.ZERO, BigDecimal::add);
                yield Figure.of(sum.divide(BigDecimal.valueOf(upTo.size()), Figure.SCALE, RoundingMode.HALF_EVEN),
                        "Σ quarterly values / number of quarters", "(" + join(upTo, " + ") + ") / " + upTo.size(),
                        inputs);
            }
            case RATIO_OF_SUMS -> ratioOfSums(upTo, percentage, inputs);
        };
    }

    private static Figure ratioOfSums(List<QuarterValue> quarters, boolean percentage,
                                      java.util.Map<String, Object> inputs) {
        if (quarters.stream().anyMatch(q -> q.numerator() == null || q.denominator() == null)) {
            // without numerator/denominator the latest reported ratio is the best available figure
            QuarterValue last = quarters.get(quarters.size() - 1);
            return Figure.of(last.value(), "latest reported ratio (numerator/denominator not reported)",
                    "Q" + last.quarter() + " = " + Figure.plain(last.value()), inputs);
        }
        BigDecimal numerator = quarters.stream().map(QuarterValue::numerator).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal denominator = quarters.stream().map(QuarterValue::denominator).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (denominator.signum() == 0) {
            return Figure.notComputable("Σ denominator is 0", "Σ numerator / Σ denominator", inputs);
        }
        BigDecimal factor = percentage ? BigDecimal.valueOf(100) : BigDecimal.ONE;
        return Figure.of(numerator.multiply(factor).divide(denominator, Figure.SCALE, RoundingMode.HALF_EVEN),
                "Σ numerator / Σ denominator" + (percentage ? " × 100" : ""),
                Figure.plain(numerator) + " / " + Figure.plain(denominator) + (percentage ? " × 100" : ""), inputs);
    }

    private static String join(List<QuarterValue> quarters, String separator) {
        return String.join(separator, quarters.stream().map(q -> Figure.plain(q.value())).toList());
    }
}
