package id.kinerja.reporting.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A pemda-year's monitoring roll-up: per quarter how many agencies were due and how they stand; completeness
 * (records submitted / expected) and on-time (quarter-kinds complete in time / due) over the closed quarters;
 * the agencies ranked; the overdue ones; warnings by code. Counts are kept so a province adds them up exactly.
 */
public record PemdaMonitoring(String tenant, int year, List<QuarterLine> quarters, Totals totals,
                              List<AgencyLine> ranking, List<Overdue> overdue, Map<String, Integer> warnings) {

    public record QuarterLine(int quarter, int agenciesDue, Map<String, Integer> byStatus, BigDecimal completeness,
                              BigDecimal onTime) {
    }

    /** Over every quarter-kind whose submission deadline has passed. */
    public record Totals(int expectedRecords, int submittedRecords, int kindsDue, int kindsOnTime,
                         BigDecimal completeness, BigDecimal onTime) {
    }

    public record AgencyLine(int rank, String tenant, String agency, Totals totals, int warnings) {
    }

    public record Overdue(String tenant, String agency, int quarter, String kind, String status, LocalDate deadline,
                          List<String> missing) {
    }
}
