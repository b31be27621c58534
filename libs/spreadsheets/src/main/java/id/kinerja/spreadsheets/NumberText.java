package id.kinerja.spreadsheets;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A number typed as text, in Indonesian ({@code 1.234,56}) or English ({@code 1,234.56}) notation. Forms that
 * can only be one of them are read as such; the two ambiguous forms, one separator followed by exactly three
 * digits ({@code 1.234}, {@code 1,234}), follow {@code indonesian}: thousands or decimals.
 */
public final class NumberText {

    private static final Pattern PLAIN = Pattern.compile("-?\\d+");
    private static final Pattern ID_FULL = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?|-?\\d+,\\d+");
    private static final Pattern EN_FULL = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?|-?\\d+\\.\\d+");
    private static final Pattern AMBIGUOUS = Pattern.compile("-?\\d{1,3}[.,]\\d{3}");

    private NumberText() {
    }

    /** The number, or null when the text is not a number in either notation. */
    public static BigDecimal parse(String text, boolean indonesian) {
        String s = text.trim().replace("\u00a0", "").replace(" ", "");
        if (PLAIN.matcher(s).matches()) {
            return new BigDecimal(s);
        }
        if (AMBIGUOUS.matcher(s).matches()) {
            return indonesian ? fromIndonesian(s) : fromEnglish(s);
        }
        if (ID_FULL.matcher(s).matches()) {
            return fromIndonesian(s);
        }
        if (EN_FULL.matcher(s).matches()) {
            return fromEnglish(s);
        }
        return null;
    }

    private static BigDecimal fromIndonesian(String s) {
        return new BigDecimal(s.replace(".", "").replace(',', '.'));
    }

    private static BigDecimal fromEnglish(String s) {
        return new BigDecimal(s.replace(",", ""));
    }
}
