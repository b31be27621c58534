package id.kinerja.reporting.rollup;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A pemda's roll-up from its agencies' stored figures. */
class PemdaCalculatorTest {

    static AgencyLine line(String agency, String average, String pagu, String spent, Map<String, Integer> predicates,
                           String presentation) {
        return new AgencyLine(agency, average == null ? null : new BigDecimal(average), null, null,
                average == null ? "no computable capaian" : null, new BigDecimal(pagu), new BigDecimal(spent), null,
                predicates, presentation);
    }

    @Test
    void eachAgencyWeighsTheSameAndNotComputableAveragesAreNamedNotCounted() {
        var p = PemdaCalculator.of("t", 2024, 4, true, List.of(
                line("B", "100", "100", "50", Map.of("Berhasil", 2), "TRUNCATE 1"),
                line("A", "50.55", "300", "0", Map.of("Berhasil", 1, "Gagal", 1), null),
                line("C", null, "0", "0", Map.of(), null)));
        assertThat(p.view().agencies()).extracting(PemdaDashboard.AgencyLine::agency).containsExactly("A", "B", "C");
        assertThat(p.averageSum()).isEqualByComparingTo("150.55");
        assertThat(p.averageCount()).isEqualTo(2);
        // (100 + 50,55) / 2 = 75,275, truncated to one decimal by the last agency with rules
        assertThat(p.view().averagePrinted()).isEqualTo("75,2");
        assertThat(p.view().predicateDistribution()).containsExactly(Map.entry("Berhasil", 3), Map.entry("Gagal", 1));
        assertThat(p.view().absorption()).isEqualByComparingTo("12.5");
        assertThat(p.view().agencies().get(2).notAvailable()).isEqualTo("no computable capaian");
    }

    @Test
    void anEmptyPemdaHasNoAverageAndZeroBudget() {
        var p = PemdaCalculator.of("t", 2024, 4, true, List.of());
        assertThat(p.view().averageCapaian()).isNull();
        assertThat(p.view().pagu()).isEqualByComparingTo("0");
        assertThat(p.view().absorption()).isNull();
    }
}
