package id.kinerja.reporting.publish;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * A published figure that has changed since: what it was when published, what it is now, the figures version
 * that changed it, when, and the corrections (events with their records and versions) that caused that version.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Erratum(String figure, Object publishedValue, Object currentValue, long changedInVersion,
                      Instant changedAt, List<String> causedBy) {
}
