package id.kinerja.reporting.rollup;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A province's year across its pemda (tenants): each pemda's line and the province's totals. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProvinceDashboard(String province, int year, int throughQuarter, boolean officialOnly,
                                BigDecimal averageCapaian, String averagePrinted,
                                Map<String, Integer> predicateDistribution, BigDecimal pagu, BigDecimal spent,
                                BigDecimal absorption, List<PemdaLine> pemda) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PemdaLine(String tenant, String name, int agencies, BigDecimal averageCapaian, String averagePrinted,
                            BigDecimal pagu, BigDecimal spent, BigDecimal absorption,
                            Map<String, Integer> predicates) {
    }
}
