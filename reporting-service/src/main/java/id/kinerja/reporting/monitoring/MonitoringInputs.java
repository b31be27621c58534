package id.kinerja.reporting.monitoring;

import id.kinerja.events.planning.ReportingCalendarPayload;
import id.kinerja.reporting.snapshot.AgencyYearSnapshot;

import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;

/**
 * Everything an agency-year's monitoring figures depend on: the figures snapshot, the calendar in force, when
 * each realisation (by aggregate id) first reached each workflow step, and the spending per quarter of earlier
 * years (year -> quarter -> amount).
 */
public record MonitoringInputs(AgencyYearSnapshot snapshot, ReportingCalendarPayload calendar,
                               Map<String, Map<ReportingCalendar.Step, Instant>> steps,
                               Map<Integer, SortedMap<Integer, java.math.BigDecimal>> earlierSpending) {
}
