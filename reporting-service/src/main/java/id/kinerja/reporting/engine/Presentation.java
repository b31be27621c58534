package id.kinerja.reporting.engine;

import id.kinerja.events.plan.RoundingMode;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Rounding and Indonesian number formatting, applied only when a figure is shown: HALF_UP, or TRUNCATE
 * (toward zero) as some reports do (34,2857 → 34,28). {@code 1.234.567,89}, {@code Rp 3.933.915.154}.
 */
public record Presentation(RoundingMode mode, int precision) {

    public static final Presentation DEFAULT = new Presentation(RoundingMode.HALF_UP, 2);

    public BigDecimal round(BigDecimal value) {
        if (value == null) {
            return null;
        }
        return value.setScale(precision, mode == RoundingMode.TRUNCATE ? java.math.RoundingMode.DOWN
                : java.math.RoundingMode.HALF_UP);
    }

    /** {@code 52,74} or {@code 1.234,57}. */
    public String format(BigDecimal value) {
        if (value == null) {
            return null;
        }
        DecimalFormat format = new DecimalFormat(precision == 0 ? "#,##0" : "#,##0." + "0".repeat(precision),
                DecimalFormatSymbols.getInstance(Locale.forLanguageTag("id-ID")));
        return format.format(round(value));
    }

    /** {@code 72,84 %}: rounded by the rule like {@link #format}. */
    public String percent(BigDecimal value) {
        return value == null ? null : format(value) + " %";
    }

    /** A number as held, Indonesian notation, no rounding and no trailing zeros: {@code 18,5}, {@code 1.250}. */
    public static String number(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal plain = value.stripTrailingZeros();
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("id-ID")));
        format.setMaximumFractionDigits(Math.max(0, plain.scale()));
        return format.format(plain);
    }

    public static String rupiah(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("id-ID")));
        return "Rp " + format.format(amount.setScale(0, java.math.RoundingMode.HALF_UP));
    }
}
