package id.kinerja.reporting.dashboard;

import java.util.List;
import java.util.Map;

/** A disagreement in the data that a person should review: what, how bad, which records, which numbers. */
public record Finding(String type, String severity, String message, List<String> records, Map<String, Object> numbers) {
}
