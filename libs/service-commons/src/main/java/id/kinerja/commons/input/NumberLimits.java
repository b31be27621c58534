package id.kinerja.commons.input;

import java.math.BigDecimal;

/**
 * The largest numbers a request may carry: the widest database column is {@code numeric(30,10)}, so no
 * figure needs more than 20 digits before and 10 after the decimal point. Checked on the value as read
 * (precision and scale are known without expanding an exponent), so {@code 1e1000000} is refused at once
 * instead of being expanded into a million digits.
 */
public final class NumberLimits {

    public static final int MAX_INTEGER_DIGITS = 20;
    public static final int MAX_FRACTION_DIGITS = 10;

    private NumberLimits() {
    }

    /** Why the value is out of bounds, or null when it fits. */
    public static String violation(BigDecimal value) {
        if (value == null || value.signum() == 0) {
            return null;
        }
        // precision - scale is the number of digits before the point (<= 0 for 0.00x), cheap for any exponent
        long integerDigits = (long) value.precision() - value.scale();
        if (integerDigits > MAX_INTEGER_DIGITS) {
            return "at most " + MAX_INTEGER_DIGITS + " digits before the decimal point";
        }
        if (value.scale() > MAX_FRACTION_DIGITS && fractionDigits(value) > MAX_FRACTION_DIGITS) {
            return "at most " + MAX_FRACTION_DIGITS + " digits after the decimal point";
        }
        return null;
    }

    /** Digits after the point once trailing zeros are dropped; cheap because the magnitude is bounded already. */
    private static int fractionDigits(BigDecimal value) {
        if ((long) value.scale() - value.precision() > MAX_FRACTION_DIGITS) {
            return value.scale(); // 0.000…0x beyond the limit: no need to strip a long run of zeros
        }
        return Math.max(0, value.stripTrailingZeros().scale());
    }
}
