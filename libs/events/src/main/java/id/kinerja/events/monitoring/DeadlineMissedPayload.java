package id.kinerja.events.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A submission deadline passed with data missing for an agency-quarter: {@code kind} INDICATOR or BUDGET,
 * {@code missing} the indicator or sub-kegiatan codes without a submitted realisation. Emitted once per
 * agency-quarter-kind, for portals to notify.
 */
public record DeadlineMissedPayload(String agencyCode, int year, int quarter, String kind, LocalDate deadline,
                                    List<String> missing, Instant detectedAt) {
}
