package id.kinerja.reporting.monitoring;

import java.math.BigDecimal;

/**
 * An indicator's year-end projection from its quarterly path: the projected year-end value with an honest range
 * (low/high from earlier years' paths; {@code rangeUnknown} says why there is none), the capaian and predicate
 * it would give against the PK target, and how it was computed. A projection that cannot be made has
 * {@code notComputable} with the reason, never a bare null.
 */
public record Projection(String indicator, String aggregation, Integer throughQuarter, BigDecimal target,
                         BigDecimal current, BigDecimal projected, BigDecimal low, BigDecimal high,
                         String rangeBasis, String rangeUnknown, BigDecimal projectedCapaian, BigDecimal capaianLow,
                         BigDecimal capaianHigh, String projectedPredicate, String method, String capaianNotComputable,
                         String notComputable) {

    static Projection notComputable(String indicator, String aggregation, BigDecimal target, String reason) {
        return new Projection(indicator, aggregation, null, target, null, null, null, null, null, null, null, null,
                null, null, null, null, reason);
    }
}
