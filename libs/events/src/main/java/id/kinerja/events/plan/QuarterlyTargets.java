package id.kinerja.events.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * What quarterly targets imply for the year under an indicator's aggregation: a sum for cumulative and
 * ratio-of-sums indicators (the last value when the targets are already year-to-date), the last quarter
 * for stocks and rates, the mean for averages. Planning warns and reporting raises a finding when this
 * differs from the year target; both use this one rule.
 */
public final class QuarterlyTargets {

    private QuarterlyTargets() {
    }

    public static BigDecimal impliedYearTarget(Aggregation aggregation, QuarterMode mode, Quarters q) {
        List<BigDecimal> values = new ArrayList<>();
        for (BigDecimal v : new BigDecimal[]{q.q1(), q.q2(), q.q3(), q.q4()}) {
            if (v != null) {
                values.add(v);
            }
        }
        if (values.isEmpty()) {
            return null;
        }
        BigDecimal last = values.get(values.size() - 1);
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return switch (aggregation) {
            case CUMULATIVE, RATIO_OF_SUMS -> mode == QuarterMode.CUMULATIVE ? last : sum;
            case LAST_VALUE -> last;
            case AVERAGE -> mode == QuarterMode.CUMULATIVE ? last
                    : sum.divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL64);
        };
    }
}
