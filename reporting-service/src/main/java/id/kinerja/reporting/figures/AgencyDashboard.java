package id.kinerja.reporting.figures;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.kinerja.reporting.engine.Figure;
import id.kinerja.reporting.engine.Presentation;

import java.math.BigDecimal;
import java.util.List;

/**
 * The figures of an agency-year, each computed from the detailed records by the engine; with
 * {@code ?compare=true}, per indicator the comparison with earlier years and the Renstra targets.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgencyDashboard(String tenant, String agency, int year, int throughQuarter, boolean officialOnly,
                              Rules rules, List<Sasaran> sasaran, Average organisationAverage, Budget budget,
                              java.util.Map<String, Comparison> comparisons) {

    /** The presentation the figures were rounded with (the tenant's rules, else the default). */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public Presentation presentation() {
        if (rules == null) {
            return Presentation.DEFAULT;
        }
        String[] rounding = rules.rounding().split(" ");
        return new Presentation(id.kinerja.events.plan.RoundingMode.valueOf(rounding[0]), Integer.parseInt(rounding[1]));
    }

    public AgencyDashboard withComparisons(
            java.util.Map<String, Comparison> comparisons) {
        return new AgencyDashboard(tenant, agency, year, throughQuarter, officialOnly, rules, sasaran,
                organisationAverage, budget, comparisons);
    }

    /** Which rules produced the figures. */
    public record Rules(int effectiveFromYear, long version, String predicateScale, String efficiencyRule,
                        String rounding) {
    }

    /** {@code efficiencyNotComputable}: why there is no efficiency (no budget mapped, no capaian, pagu 0...). */
    public record Sasaran(String code, String name, List<Indicator> indicators, Efficiency efficiency,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String efficiencyNotComputable) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Indicator(String code, String name, String unit, boolean iku, BigDecimal target, String targetCategory,
                            String targetSource, BigDecimal renstraTarget, BigDecimal realisation,
                            String realisationCategory, String realisationStatus, BigDecimal capaian,
                            String capaianPrinted, String predicate, String notComputable, List<Trend> trend) {
    }

    public record Trend(int quarter, BigDecimal value, String status) {
    }

    public record Average(BigDecimal value, String printed, List<String> indicators, Figure figure) {
    }

    /** {@code pagu} and {@code spent}: the sasaran's programs (sum of their sub-kegiatan); {@code unrounded}: the index. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Efficiency(BigDecimal capaian, BigDecimal serapan, BigDecimal value, String printed, String verdict,
                             String rule, BigDecimal pagu, BigDecimal spent, BigDecimal unrounded) {
    }

    public record Budget(BigDecimal pagu, String paguVersion, BigDecimal spent, BigDecimal absorption,
                         String absorptionPrinted, String paguRupiah, List<Program> programs) {
    }

    public record Program(String code, String name, String sasaranCode, BigDecimal pagu, BigDecimal spent,
                          BigDecimal absorption) {
    }
}
