package id.kinerja.reporting.lkjip;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.kinerja.events.plan.PkParty;
import id.kinerja.events.plan.TargetValue;
import id.kinerja.reporting.figures.AgencyDashboard;
import id.kinerja.reporting.figures.Comparison;
import id.kinerja.reporting.findings.Finding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The structured LKjIP of an agency-year: chapter II (Renstra and PK tables, amendments included) and
 * chapter III (per sasaran the indicator table with comparisons and narratives, budget and efficiency),
 * stamped with a version derived from every source record it was computed from.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LkjipSummary(String tenant, String agency, int year, String version, Instant computedAt,
                           ChapterII chapterII, ChapterIII chapterIII, List<Finding> findings, ChapterI chapterI) {

    /**
     * BAB I from the organisation profile of {@code profileYear} (the year's, else the latest earlier one); staff
     * tables carry their computed totals. Absent without a profile.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChapterI(int profileYear, String legalBasis, String address, String tugas, List<String> fungsi,
                           PkParty head, StaffTable staffByGolongan, StaffTable staffByEducation,
                           StaffTable staffByGrade, List<String> isuStrategis) {
    }

    public record StaffTable(List<StaffRow> rows, int total) {
    }

    public record StaffRow(String category, int count) {
    }

    public record ChapterII(Renstra renstra, List<Pk> perjanjianKinerja) {
    }

    public record Renstra(String code, String title, int periodStart, int periodEnd, String legalBasis,
                          List<String> versions, List<Tujuan> tujuan) {
    }

    public record Tujuan(String code, String name, List<IndicatorPlan> indicators, List<Sasaran> sasaran) {
    }

    public record Sasaran(String code, String name, List<IndicatorPlan> indicators) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IndicatorPlan(String code, String name, String unit, boolean iku, String formula, String dataSource,
                                List<TargetValue> targets, TargetValue endTarget) {
    }

    public record Pk(String code, String title, PkParty signer, PkParty counterSigner, String parentCode,
                     String status, List<PkVersion> versions) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PkVersion(int versionNo, String kind, LocalDate dated, String reason, List<PkTarget> targets,
                            List<PkBudget> budgets, BigDecimal computedTotal, BigDecimal statedTotal) {
    }

    public record PkTarget(String indicatorCode, BigDecimal target, String targetCategory) {
    }

    public record PkBudget(String budgetCode, BigDecimal amount) {
    }

    /** {@code rfk}: realisasi fisik dan keuangan per program, kegiatan and sub-kegiatan, with the total. */
    public record ChapterIII(List<SasaranResult> sasaran, AgencyDashboard.Average organisationAverage,
                             AgencyDashboard.Budget budget, List<RfkTable.Row> rfk, AgencyDashboard.Rules rules) {
    }

    public record SasaranResult(String code, String name, List<IndicatorResult> indicators,
                                AgencyDashboard.Efficiency efficiency) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IndicatorResult(AgencyDashboard.Indicator figures, Comparison comparison, Narrative narrative) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Narrative(String drivingFactors, String inhibitingFactors, String followUp, boolean provisional) {
    }
}
