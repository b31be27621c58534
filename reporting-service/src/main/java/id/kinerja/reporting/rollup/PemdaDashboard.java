package id.kinerja.reporting.rollup;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A pemda's year at a glance: every agency's organisation average, predicates and absorption. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PemdaDashboard(String tenant, int year, int throughQuarter, boolean officialOnly, BigDecimal averageCapaian,
                             String averagePrinted, Map<String, Integer> predicateDistribution, BigDecimal pagu,
                             BigDecimal spent, BigDecimal absorption, List<AgencyLine> agencies) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AgencyLine(String agency, BigDecimal averageCapaian, String averagePrinted, BigDecimal pagu,
                             BigDecimal spent, BigDecimal absorption, String notAvailable,
                             Map<String, Integer> predicates) {
    }
}
