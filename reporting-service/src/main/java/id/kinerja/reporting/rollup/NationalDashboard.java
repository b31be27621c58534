package id.kinerja.reporting.rollup;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The nation's year: each province added up from its pemda's stored roll-ups, and the totals over all of them
 * (each agency weighs the same). Pemda without a province are listed under a line whose province is null.
 * Printed averages of the national line use the engine's default rounding, since pemda rules differ.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NationalDashboard(int year, int throughQuarter, boolean officialOnly, int pemda, int agencies,
                                BigDecimal averageCapaian, String averagePrinted,
                                Map<String, Integer> predicateDistribution, BigDecimal pagu, BigDecimal spent,
                                BigDecimal absorption, List<ProvinceLine> provinces) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProvinceLine(String province, int pemda, int agencies, BigDecimal averageCapaian,
                               String averagePrinted, Map<String, Integer> predicateDistribution, BigDecimal pagu,
                               BigDecimal spent, BigDecimal absorption) {
    }
}
