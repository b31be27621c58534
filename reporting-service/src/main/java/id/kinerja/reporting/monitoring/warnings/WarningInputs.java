package id.kinerja.reporting.monitoring.warnings;

import id.kinerja.events.planning.ReportingCalendarPayload;
import id.kinerja.reporting.monitoring.BudgetOutlook;
import id.kinerja.reporting.monitoring.Compliance;
import id.kinerja.reporting.monitoring.Projection;

import java.math.BigDecimal;
import java.util.List;

/** What the early-warning rules look at: already computed monitoring figures and the thresholds in force. */
public record WarningInputs(ReportingCalendarPayload.Thresholds thresholds, List<Compliance.QuarterStatus> quarters,
                            List<Projection> projections, BudgetOutlook budget, List<PlanProgress> planProgress,
                            List<SubKegiatanProgress> subKegiatan, List<OverdueRecommendation> overdue) {

    /** An AKIP recommendation not DONE although its due date is over (as of the check). */
    public record OverdueRecommendation(String evaluation, int year, String code, String status,
                                        java.time.LocalDate dueDate) {
    }

    /** An indicator's year-to-date realisation against its rencana aksi through the latest reported quarter. */
    public record PlanProgress(String indicator, int quarter, BigDecimal realised, BigDecimal planned,
                               BigDecimal capaian) {
    }

    /** A sub-kegiatan's % keuangan (spent / pagu) and % fisik through the latest reported quarter. */
    public record SubKegiatanProgress(String code, int quarter, BigDecimal keuangan, BigDecimal fisik) {
    }
}
