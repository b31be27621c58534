package id.kinerja.realisation.service;

import id.kinerja.events.Numbers;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Values compare by amount (10 = 10.00); ratios keep ten decimals, rounding happens only at presentation. */
final class Decimals {

    static final int RATIO_SCALE = 10;

    private Decimals() {
    }

    static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator, boolean percentage) {
        BigDecimal n = percentage ? numerator.multiply(BigDecimal.valueOf(100)) : numerator;
        return Numbers.norm(n.divide(denominator, RATIO_SCALE, RoundingMode.HALF_EVEN));
    }
}
