package id.kinerja.reporting.engine;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.kinerja.events.Numbers;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A computed figure with its worked calculation: the formula in words, the formula with the numbers, the
 * inputs and the exact (unrounded) value. A figure that cannot be computed (target 0, missing data) says
 * why instead of carrying Infinity or NaN.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Figure(BigDecimal value, String notComputable, String formula, String substituted,
                     Map<String, Object> inputs) {

    /** Division scale for every ratio; presentation rounds later. */
    public static final int SCALE = 10;

    public static Figure of(BigDecimal value, String formula, String substituted, Map<String, Object> inputs) {
        return new Figure(Numbers.norm(value), null, formula, substituted, inputs);
    }

    public static Figure notComputable(String reason, String formula, Map<String, Object> inputs) {
        return new Figure(null, reason, formula, null, inputs);
    }

    public boolean computed() {
        return value != null;
    }

    static Map<String, Object> inputs(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }


    static String plain(BigDecimal value) {
        return value == null ? "-" : Numbers.norm(value).toPlainString();
    }
}
