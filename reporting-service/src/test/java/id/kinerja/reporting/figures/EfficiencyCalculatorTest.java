package id.kinerja.reporting.figures;

import id.kinerja.events.plan.EfficiencyRule;
import id.kinerja.reporting.engine.Figure;
import id.kinerja.reporting.engine.Presentation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static id.kinerja.reporting.figures.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;

/** Efficiency per sasaran, or the reason it is not computable (never a bare null). */
class EfficiencyCalculatorTest {

    @ParameterizedTest(name = "capaian {0}, pagu {1}, spent {2}, {3}: {4} {5}")
    @CsvSource(nullValues = "-", delimiter = '|', value = {
            "120    | 100 | 80  | RATIO                        | 150.00 | -",
            "120    | 100 | 0   | RATIO                        | -      | serapan is 0",
            "120    | 100 | 80  | VERDICT_CAPAIAN_ABOVE_SERAPAN | 40.00  | -",
            "-      | 100 | 80  | RATIO                        | -      | no computable capaian in the sasaran",
            "120    | -   | -   | RATIO                        | -      | no budget node is mapped to the sasaran",
            "120    | 0   | 0   | RATIO                        | -      | serapan: pagu is 0",
            "120    | 100 | 80  | -                            | -      | no rules in force for the year"})
    void efficiencyOrWhyNot(String capaian, String pagu, String spent, EfficiencyRule rule, String value,
                            String reason) {
        List<Figure> capaians = capaian == null ? List.of(Figure.notComputable("no realisation", "x", Map.of()))
                : List.of(Figure.of(d(capaian), "x", "x", Map.of()));
        BudgetCalculator.Sums budget = pagu == null ? null : new BudgetCalculator.Sums(d(pagu), d(spent));
        EfficiencyCalculator.Result result = EfficiencyCalculator.of(rule, Presentation.DEFAULT, capaians, budget);
        if (value != null) {
            assertThat(result.efficiency().value()).isEqualByComparingTo(value);
            assertThat(result.notComputable()).isNull();
        } else if (result.efficiency() != null) {
            assertThat(result.efficiency().value()).as("figure not computable inside").isNull();
            assertThat(result.efficiency().printed()).isNull();
        } else {
            assertThat(result.notComputable()).isEqualTo(reason);
        }
    }
}
