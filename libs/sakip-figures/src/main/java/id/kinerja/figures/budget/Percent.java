package id.kinerja.figures.budget;

import id.kinerja.events.Numbers;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** part / whole × 100 with ten decimals (rounding belongs to presentation); null when the whole is 0 or absent. */
public final class Percent {

    public static final int SCALE = 10;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {
    }

    public static BigDecimal of(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0) {
            return null;
        }
        return Numbers.norm(part.multiply(HUNDRED).divide(whole, SCALE, RoundingMode.HALF_EVEN));
    }
}
