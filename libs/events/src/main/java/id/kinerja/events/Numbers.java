package id.kinerja.events;

import java.math.BigDecimal;

/** Numbers compare by amount: 10, 10.0 and 10.00 are one value, always written without an exponent. */
public final class Numbers {

    /**
     * Digits a normalised number may have before the point. Far above any stored figure (the widest column is
     * numeric(30,10)); it only stops a value like 1e1000000 from being expanded into a million digits.
     */
    public static final int MAX_INTEGER_DIGITS = 100;
    /** Digits after the point, for the same reason (1e-1000000 would be written as a million characters). */
    public static final int MAX_FRACTION_DIGITS = 1000;

    private Numbers() {
    }

    /**
     * The value without trailing zeros (and never in exponent form); null stays null.
     *
     * @throws ArithmeticException when writing the value out would take more than {@link #MAX_INTEGER_DIGITS}
     *                             digits before the point or more than {@link #MAX_FRACTION_DIGITS} after it
     */
    public static BigDecimal norm(BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        // precision - scale is the number of digits before the point, known without expanding the exponent
        if ((long) value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw new ArithmeticException("number too large: more than " + MAX_INTEGER_DIGITS
                    + " digits before the decimal point");
        }
        if ((long) value.scale() - value.precision() >= MAX_FRACTION_DIGITS) {
            throw new ArithmeticException("number too small: more than " + MAX_FRACTION_DIGITS
                    + " digits after the decimal point");
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > MAX_FRACTION_DIGITS) {
            throw new ArithmeticException("number too precise: more than " + MAX_FRACTION_DIGITS
                    + " digits after the decimal point");
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
