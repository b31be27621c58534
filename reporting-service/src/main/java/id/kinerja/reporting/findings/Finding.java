package id.kinerja.reporting.findings;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A disagreement in the data that a person should review: what, how bad, which records, which numbers. */
public record Finding(String type, String severity, String message, List<String> records, Map<String, Object> numbers) {

    public static Finding of(FindingCode code, List<String> records, Map<String, Object> numbers, Object... arguments) {
        return new Finding(code.name(), code.severity().name(), code.message(arguments), records, numbers);
    }

    /** Numbers by name, amounts without trailing zeros. */
    public static Map<String, Object> numbers(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            Object v = keyValues[i + 1];
            map.put((String) keyValues[i], v instanceof BigDecimal b ? id.kinerja.events.Numbers.norm(b) : v);
        }
        return map;
    }
}
