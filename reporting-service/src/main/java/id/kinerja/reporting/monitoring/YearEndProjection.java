package id.kinerja.reporting.monitoring;

import id.kinerja.events.plan.Aggregation;
import id.kinerja.events.plan.Direction;
import id.kinerja.events.plan.PredicateScale;
import id.kinerja.events.plan.ValueType;
import id.kinerja.reporting.engine.Capaian;
import id.kinerja.reporting.engine.Figure;
import id.kinerja.reporting.engine.Predicates;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Projects an indicator's year-end value from the quarters reported so far, by its aggregation (docs/monitoring.md):
 * <ul>
 * <li>CUMULATIVE: the pace so far continued; along the rencana aksi's cumulative path where one exists
 * (so far × planned year / planned so far), else evenly (so far × 4 / quarters)</li>
 * <li>LAST_VALUE and RATIO_OF_SUMS: the latest value carried to the year end</li>
 * <li>AVERAGE: the running mean of the quarters so far</li>
 * </ul>
 * The range applies the same step of each earlier year's path (year-end over the same quarter: a ratio for
 * CUMULATIVE and AVERAGE, a difference for carried values) to this year; without earlier paths the range is
 * unknown and says so. Qualitative (category) indicators are not projected. Pure.
 */
public final class YearEndProjection {

    private static final int SCALE = 10;
    private static final BigDecimal FOUR = BigDecimal.valueOf(4);

    private YearEndProjection() {
    }

    /** What the projection of one indicator needs. {@code plannedCumulative}: rencana aksi as year-to-date values. */
    public record Input(String indicator, Aggregation aggregation, Direction direction, ValueType valueType,
                        BigDecimal rangeLower, BigDecimal rangeUpper, BigDecimal target,
                        SortedMap<Integer, BigDecimal> quarters, Map<Integer, BigDecimal> plannedCumulative,
                        Map<Integer, SortedMap<Integer, BigDecimal>> earlierYears, PredicateScale scale) {
    }

    public static Projection of(Input in) {
        String aggregation = in.aggregation().name();
        if (in.valueType() == ValueType.CATEGORY) {
            return Projection.notComputable(in.indicator(), aggregation, in.target(),
                    "qualitative (category) indicator: a category has no numeric path to project");
        }
        if (in.quarters().isEmpty()) {
            return Projection.notComputable(in.indicator(), aggregation, in.target(), "no quarter reported yet");
        }
        int k = in.quarters().lastKey();
        BigDecimal current = yearToDate(in.aggregation(), in.quarters());
        BigDecimal projected;
        String method;
        switch (in.aggregation()) {
            case CUMULATIVE -> {
                BigDecimal plannedSoFar = in.plannedCumulative().get(k);
                BigDecimal plannedYear = in.plannedCumulative().get(4);
                if (plannedSoFar != null && plannedYear != null && plannedSoFar.signum() != 0) {
                    projected = current.multiply(plannedYear).divide(plannedSoFar, SCALE, RoundingMode.HALF_EVEN);
                    method = "cumulative along the rencana aksi: " + plain(current) + " × " + plain(plannedYear)
                            + " / " + plain(plannedSoFar) + " (planned through Q4 / through Q" + k + ")";
                } else {
                    projected = current.multiply(FOUR).divide(BigDecimal.valueOf(k), SCALE, RoundingMode.HALF_EVEN);
                    method = "cumulative at an even pace: " + plain(current) + " × 4 / " + k;
                }
            }
            case AVERAGE -> {
                projected = current;
                method = "running mean of Q1–Q" + k + ": " + plain(current);
            }
            default -> {
                projected = current;
                method = "latest value carried to the year end: " + plain(current);
            }
        }
        List<BigDecimal> outcomes = new ArrayList<>();
        List<Integer> basis = new ArrayList<>();
        for (Map.Entry<Integer, SortedMap<Integer, BigDecimal>> e : new TreeMap<>(in.earlierYears()).entrySet()) {
            BigDecimal outcome = earlierOutcome(in.aggregation(), e.getValue(), k, current);
            if (outcome != null) {
                outcomes.add(outcome);
                basis.add(e.getKey());
            }
        }
        BigDecimal low = null;
        BigDecimal high = null;
        String rangeBasis = null;
        String rangeUnknown = null;
        if (k == 4) {
            low = projected;
            high = projected;
            rangeBasis = "the year is fully reported";
        } else if (outcomes.isEmpty()) {
            rangeUnknown = "no earlier year with Q" + k + " and Q4 reported: the range is unknown";
        } else {
            outcomes.add(projected);
            low = outcomes.stream().min(BigDecimal::compareTo).orElseThrow();
            high = outcomes.stream().max(BigDecimal::compareTo).orElseThrow();
            rangeBasis = "this year's Q" + k + " moved to Q4 as in " + basis;
        }
        Figure capaian = Capaian.of(in.direction(), in.target(), projected, in.rangeLower(), in.rangeUpper());
        BigDecimal cLow = null;
        BigDecimal cHigh = null;
        if (capaian.computed() && low != null) {
            BigDecimal a = Capaian.of(in.direction(), in.target(), low, in.rangeLower(), in.rangeUpper()).value();
            BigDecimal b = Capaian.of(in.direction(), in.target(), high, in.rangeLower(), in.rangeUpper()).value();
            cLow = a.min(b).min(capaian.value());
            cHigh = a.max(b).max(capaian.value());
        }
        String predicate = capaian.computed() && in.scale() != null
                ? Predicates.classify(in.scale(), capaian.value()).orElse(null) : null;
        return new Projection(in.indicator(), aggregation, k, in.target(), norm(current), norm(projected), norm(low),
                norm(high), rangeBasis, rangeUnknown, norm(capaian.computed() ? capaian.value() : null), norm(cLow),
                norm(cHigh), predicate, method, capaian.computed() ? null : capaian.notComputable(), null);
    }

    /** The year-to-date value after the reported quarters (RATIO_OF_SUMS: the latest reported ratio). */
    static BigDecimal yearToDate(Aggregation aggregation, SortedMap<Integer, BigDecimal> quarters) {
        return switch (aggregation) {
            case CUMULATIVE -> quarters.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            case AVERAGE -> quarters.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(quarters.size()), SCALE, RoundingMode.HALF_EVEN);
            default -> quarters.get(quarters.lastKey());
        };
    }

    /** This year's value moved to the year end the way an earlier year moved from Qk to Q4; null if unusable. */
    private static BigDecimal earlierOutcome(Aggregation aggregation, SortedMap<Integer, BigDecimal> path, int k,
                                             BigDecimal current) {
        if (!path.containsKey(4) || path.headMap(k + 1).isEmpty() || !path.containsKey(k)) {
            return null;
        }
        BigDecimal atK = yearToDate(aggregation, path.headMap(k + 1));
        BigDecimal atYearEnd = yearToDate(aggregation, path);
        if (aggregation == Aggregation.CUMULATIVE || aggregation == Aggregation.AVERAGE) {
            return atK.signum() == 0 ? null : current.multiply(atYearEnd).divide(atK, SCALE, RoundingMode.HALF_EVEN);
        }
        return current.add(atYearEnd.subtract(atK));
    }

    static BigDecimal norm(BigDecimal v) {
        return v == null ? null : id.kinerja.events.Numbers.norm(v.setScale(4, RoundingMode.HALF_EVEN));
    }

    private static String plain(BigDecimal v) {
        return norm(v).toPlainString();
    }
}
