package id.kinerja.reporting.monitoring;

import id.kinerja.events.planning.ReportingCalendarPayload;
import id.kinerja.reporting.findings.Finding;

import java.util.List;

/**
 * An agency-year's monitoring figures as stored and served: reporting compliance per quarter, year-end
 * projections per indicator, the budget outlook and the early warnings (findings of the catalogue).
 */
public record AgencyMonitoring(String tenant, String agency, int year, ReportingCalendarPayload calendar,
                               List<Compliance.QuarterStatus> compliance, List<Projection> projections,
                               BudgetOutlook budget, List<Finding> warnings) {
}
