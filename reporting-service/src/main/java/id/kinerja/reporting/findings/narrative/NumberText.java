package id.kinerja.reporting.findings.narrative;

import java.math.BigDecimal;

/**
 * A number as written in Indonesian or English: {@code 3.933.915.154}, {@code 72,84}, {@code 1,832.5},
 * {@code 72.84}. The last of two different separators is the decimal one; one separator used several times
 * groups thousands; a single dot followed by exactly three digits groups thousands (Indonesian usage, so
 * {@code 1.832} is one thousand eight hundred thirty-two); otherwise a single separator is the decimal one.
 */
public final class NumberText {

    /** A parsed number with the unit of its last written digit (0.1 for 72,8; 1 for 1.832). */
    public record Parsed(BigDecimal value, BigDecimal precision) {
    }

    private NumberText() {
    }

    /** Null when the separators allow no single reading. */
    public static Parsed parse(String text) {
        String s = text.trim();
        int dot = s.lastIndexOf('.');
        int comma = s.lastIndexOf(',');
        String plain;
        if (dot >= 0 && comma >= 0) {
            char decimal = dot > comma ? '.' : ',';
            char group = decimal == '.' ? ',' : '.';
            plain = s.replace(String.valueOf(group), "").replace(decimal, '.');
        } else if (dot >= 0 || comma >= 0) {
            char sep = dot >= 0 ? '.' : ',';
            int count = s.length() - s.replace(String.valueOf(sep), "").length();
            int after = s.length() - s.lastIndexOf(sep) - 1;
            boolean grouping = count > 1 || (sep == '.' && after == 3);
            plain = grouping ? s.replace(String.valueOf(sep), "") : s.replace(sep, '.');
        } else {
            plain = s;
        }
        if (plain.indexOf('.') != plain.lastIndexOf('.')) {
            return null; // mixed groupings such as 1,234.567,8: no reading is safe
        }
        BigDecimal value = new BigDecimal(plain);
        return new Parsed(value, BigDecimal.ONE.movePointLeft(Math.max(0, value.scale())));
    }

    /** The factor of an Indonesian or English magnitude word (ribu, juta, miliar...); 1 when none. */
    public static BigDecimal magnitude(String word) {
        if (word == null) {
            return BigDecimal.ONE;
        }
        return switch (word.toLowerCase(java.util.Locale.ROOT)) {
            case "ribu", "rb", "thousand" -> BigDecimal.TEN.pow(3);
            case "juta", "jt", "million" -> BigDecimal.TEN.pow(6);
            case "miliar", "milyar", "m", "billion" -> BigDecimal.TEN.pow(9);
            case "triliun", "trilyun", "t", "trillion" -> BigDecimal.TEN.pow(12);
            default -> BigDecimal.ONE;
        };
    }
}
