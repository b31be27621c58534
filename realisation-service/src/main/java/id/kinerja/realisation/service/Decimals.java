package id.kinerja.realisation.service;

import id.kinerja.events.Numbers;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Values compare by amount (10 = 10.00); ratios keep ten decimals, rounding happens only at presentation. */
final class Decimals {

    static final int RATIO_SCALE = 10;

    private Decimals() {
    }

    /** Budget amounts and % fisik: the scales of {@code budget_realisation.amount} and {@code physical_progress}. */
    static final int AMOUNT_SCALE = 2;
    static final int PROGRESS_SCALE = 4;

    /**
     * The value as the database column of that scale stores it (PostgreSQL rounds half away from zero), so a
     * re-sent value with more decimals compares equal to what is stored; the edge refuses excess scale anyway.
     */
    static BigDecimal stored(BigDecimal value, int scale) {
        if (value == null || value.scale() <= scale) {
            return Numbers.norm(value);
        }
        if (value.precision() - value.scale() < -scale) {
            return BigDecimal.ZERO; // below half of the last stored digit (and no huge power of ten computed)
        }
        return Numbers.norm(value.setScale(scale, RoundingMode.HALF_UP));
    }

    static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator, boolean percentage) {
        BigDecimal n = percentage ? numerator.multiply(BigDecimal.valueOf(100)) : numerator;
        return Numbers.norm(n.divide(denominator, RATIO_SCALE, RoundingMode.HALF_EVEN));
    }
}
