package id.kinerja.commons.input;

import id.kinerja.commons.Codes;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The strict reading of one path or query parameter by its declared type. JAX-RS reads a boolean with
 * {@code Boolean.valueOf} (so {@code dryRun=ture} is false and {@code atomic=no} is false) and a number
 * with {@code Integer.valueOf} (which accepts Arabic-Indic digits: "٢٠٢٤" is 2024); neither is what the
 * client meant, so such values are refused before the resource runs.
 */
public final class ParameterValues {

    private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,19}");
    private static final Pattern TENANT = Pattern.compile(Codes.TENANT);
    private static final Pattern CODE = Pattern.compile(Codes.CODE);
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,20}(\\.[0-9]{1,10})?");

    private ParameterValues() {
    }

    /** Why the value cannot be read as the type, or null when it can (and for types read as text). */
    public static String violation(Class<?> type, String value) {
        if (value == null) {
            return null;
        }
        if (type == boolean.class || type == Boolean.class) {
            return value.equals("true") || value.equals("false") ? null : "true or false";
        }
        if (type == int.class || type == Integer.class) {
            return whole(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (type == long.class || type == Long.class) {
            return whole(value, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (type == short.class || type == Short.class) {
            return whole(value, Short.MIN_VALUE, Short.MAX_VALUE);
        }
        if (type == BigDecimal.class) {
            return DECIMAL.matcher(value).matches() ? null
                    : "a number written with the digits 0-9 and an optional decimal point";
        }
        if (type.isEnum()) {
            return enumConstant(type, value) != null ? null
                    : "one of " + Arrays.toString(type.getEnumConstants()) + " (in any case)";
        }
        return null;
    }

    /**
     * The constant named {@code value} in any case, or null. ASCII only: {@code equalsIgnoreCase} would also take
     * the Turkish dotless "ı" for "I".
     */
    public static <E> E enumConstant(Class<E> type, String value) {
        if (!value.chars().allMatch(c -> c < 128)) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        return null;
    }

    /**
     * A tenant, agency or record code in a path has the format of {@link Codes}: ASCII only, so a look-alike
     * Cyrillic letter ("DІSNАKER") is refused as malformed instead of naming another, empty tenant or agency.
     */
    public static String pathCode(String name, String value) {
        if (value == null) {
            return null;
        }
        if ("tenant".equals(name)) {
            return value.length() <= 64 && TENANT.matcher(value).matches() ? null
                    : "a tenant code: lower-case letters and digits joined by hyphens, e.g. kota-dumai";
        }
        if ("agency".equals(name) || "code".equals(name)) {
            return value.length() <= 64 && CODE.matcher(value).matches() ? null
                    : "a code of at most 64 letters, digits, '.', '_' or '-'";
        }
        return null;
    }

    private static String whole(String value, long min, long max) {
        String expected = "a whole number written with the digits 0-9";
        if (!WHOLE.matcher(value).matches()) {
            return expected;
        }
        try {
            long parsed = Long.parseLong(value);
            return parsed < min || parsed > max ? expected + ", from " + min + " to " + max : null;
        } catch (NumberFormatException e) {
            return expected;
        }
    }
}
