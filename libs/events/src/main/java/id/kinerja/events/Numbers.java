package id.kinerja.events;

import java.math.BigDecimal;

/** Numbers compare by amount: 10, 10.0 and 10.00 are one value, always written without an exponent. */
public final class Numbers {

    private Numbers() {
    }

    /** The value without trailing zeros (and never in exponent form); null stays null. */
    public static BigDecimal norm(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
