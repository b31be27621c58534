package id.kinerja.reporting.figures;

import id.kinerja.events.plan.BudgetLevel;
import id.kinerja.events.planning.BudgetNodePayload;
import id.kinerja.events.realisation.RealisationStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static id.kinerja.reporting.figures.Fixtures.node;
import static id.kinerja.reporting.figures.Fixtures.spent;
import static org.assertj.core.api.Assertions.assertThat;

/** Budget sums by code prefix, pagu in force, and a sasaran's budget by the nearest mapping at any level. */
class BudgetCalculatorTest {

    // program P (S1) serves two sasaran: kegiatan P.1 is mapped to S2 itself, P.2 inherits S1; Q is unmapped
    static final List<BudgetNodePayload> TREE = List.of(
            node(BudgetLevel.PROGRAM, "P", null, "S1", null, null),
            node(BudgetLevel.KEGIATAN, "P.1", "P", "S2", null, null),
            node(BudgetLevel.SUB_KEGIATAN, "P.1.1", "P.1", null, "100", null),
            node(BudgetLevel.SUB_KEGIATAN, "P.1.2", "P.1", "S1", "50", "40"),
            node(BudgetLevel.KEGIATAN, "P.2", "P", null, null, null),
            node(BudgetLevel.SUB_KEGIATAN, "P.2.1", "P.2", null, "200", null),
            node(BudgetLevel.PROGRAM, "Q", null, null, null, null),
            node(BudgetLevel.SUB_KEGIATAN, "Q.1", "Q", null, "0", null));

    @ParameterizedTest(name = "{0} serves {1}")
    @CsvSource(nullValues = "-", value = {"P, S1", "P.1, S2", "P.1.1, S2", "P.1.2, S1", "P.2, S1", "P.2.1, S1",
            "Q, -", "Q.1, -"})
    void nearestMappingWins(String code, String sasaran) {
        BudgetNodePayload node = TREE.stream().filter(n -> n.code().equals(code)).findFirst().orElseThrow();
        assertThat(BudgetCalculator.sasaranOf(node, TREE)).isEqualTo(sasaran);
    }

    @ParameterizedTest(name = "{0}: pagu {1}, spent {2}")
    @CsvSource(nullValues = "-", value = {"S1, 240, 35", "S2, 100, 10", "S3, -, -"})
    void aSasaransBudgetIsEveryLeafMappedToItAtAnyLevel(String sasaran, String pagu, String spentAmount) {
        var spending = List.of(spent("P.1.1", 1, "10", RealisationStatus.APPROVED),
                spent("P.2.1", 2, "30", RealisationStatus.APPROVED), spent("P.1.2", 3, "5", RealisationStatus.APPROVED));
        BudgetCalculator.Sums sums = BudgetCalculator.ofSasaran(sasaran, TREE, spending);
        if (pagu == null) {
            assertThat(sums).as("no budget mapped").isNull();
            return;
        }
        assertThat(sums.pagu()).isEqualByComparingTo(pagu);
        assertThat(sums.spent()).isEqualByComparingTo(spentAmount);
    }

    @Test
    void nodeTotalsAreTheSumsOfTheirLeavesWithThePaguInForce() {
        var spending = List.of(spent("P.1.1", 1, "10", RealisationStatus.APPROVED),
                spent("P.1.1", 2, "15", RealisationStatus.APPROVED), spent("Q.1", 1, "7", RealisationStatus.APPROVED));
        var sums = BudgetCalculator.perNode(TREE, spending);
        assertThat(sums.get("P").pagu()).isEqualByComparingTo("340"); // 100 + DPPA 40 (not DPA 50) + 200
        assertThat(sums.get("P").spent()).isEqualByComparingTo("25");
        assertThat(sums.get("P.1").pagu()).isEqualByComparingTo("140");
        assertThat(sums.get("Q").pagu()).isEqualByComparingTo("0");
        assertThat(sums.get("Q").spent()).isEqualByComparingTo("7");
    }

    @Test
    void paguInForceIsDppaElseDpaElseZero() {
        assertThat(BudgetCalculator.paguInForce(node(BudgetLevel.SUB_KEGIATAN, "X", null, null, "50", "40")))
                .isEqualByComparingTo("40");
        assertThat(BudgetCalculator.paguInForce(node(BudgetLevel.SUB_KEGIATAN, "X", null, null, "50", null)))
                .isEqualByComparingTo("50");
        assertThat(BudgetCalculator.paguInForce(node(BudgetLevel.SUB_KEGIATAN, "X", null, null, null, null)))
                .isEqualByComparingTo(BigDecimal.ZERO);
    }
}
