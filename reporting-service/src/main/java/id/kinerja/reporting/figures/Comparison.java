package id.kinerja.reporting.figures;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.List;

/**
 * Against the Renstra (this year's target, the end-of-period target and the progress ratio), earlier years,
 * and the national or provincial references of the year.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Comparison(BigDecimal renstraYearTarget, BigDecimal renstraEndTarget, BigDecimal progressToEnd,
                         String progressToEndPrinted, List<PastYear> previousYears, List<Reference> references) {

    /**
     * A national or provincial value of the year; {@code relative}: the realisation against it in the indicator's
     * direction (× 100, as a capaian with the reference as target).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reference(String scope, BigDecimal value, String source, BigDecimal relative, String relativePrinted) {
    }

    /** An earlier year of the same indicator: Renstra target, approved realisation, capaian. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PastYear(int year, BigDecimal target, BigDecimal realisation, BigDecimal capaian,
                           String capaianPrinted, String notComputable) {
    }
}
