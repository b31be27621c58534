package id.kinerja.reporting.figures;

import id.kinerja.events.plan.Aggregation;
import id.kinerja.events.plan.BudgetLevel;
import id.kinerja.events.plan.EfficiencyRule;
import id.kinerja.events.plan.PkContent;
import id.kinerja.events.realisation.RealisationStatus;
import id.kinerja.reporting.snapshot.AgencyYearSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static id.kinerja.reporting.figures.Fixtures.d;
import static id.kinerja.reporting.figures.Fixtures.indicator;
import static id.kinerja.reporting.figures.Fixtures.node;
import static id.kinerja.reporting.figures.Fixtures.pk;
import static id.kinerja.reporting.figures.Fixtures.realisation;
import static id.kinerja.reporting.figures.Fixtures.spent;
import static org.assertj.core.api.Assertions.assertThat;

/** An agency-year's figures from a snapshot: indicators by view and quarter, averages, budget, efficiency. */
class AgencyCalculatorTest {

    static AgencyYearSnapshot snapshot() {
        return Fixtures.snapshot().rules(Fixtures.rules(EfficiencyRule.RATIO))
                .indicator(indicator("I1", "S1", "100", Aggregation.CUMULATIVE))
                .indicator(indicator("I2", "S1", "50", Aggregation.LAST_VALUE))
                .indicator(indicator("I3", "S2", "10", Aggregation.CUMULATIVE))
                // the PK amendment (current version 2) sets I2 to 40
                .pk(pk("PK", 2, new PkContent(List.of(new PkContent.Indicator("I2", d("50"), null)), List.of(), null),
                        new PkContent(List.of(new PkContent.Indicator("I2", d("40"), null)), List.of(), null)))
                .realisation(realisation("I1", 1, "30", RealisationStatus.APPROVED), 1)
                .realisation(realisation("I1", 2, "40", RealisationStatus.APPROVED), 1)
                .realisation(realisation("I1", 3, "20", RealisationStatus.SUBMITTED), 1)
                .realisation(realisation("I2", 1, "10", RealisationStatus.APPROVED), 1)
                .realisation(realisation("I2", 2, "36", RealisationStatus.APPROVED), 1)
                .realisation(realisation("I3", null, "9", RealisationStatus.APPROVED), 1)
                .node(node(BudgetLevel.PROGRAM, "P", null, "S1", null, null))
                .node(node(BudgetLevel.SUB_KEGIATAN, "P.1", "P", null, "200", null))
                .node(node(BudgetLevel.PROGRAM, "Q", null, null, null, null))
                .node(node(BudgetLevel.SUB_KEGIATAN, "Q.1", "Q", null, "0", null))
                .spent(spent("P.1", 1, "50", RealisationStatus.APPROVED))
                .spent(spent("P.1", 2, "50", RealisationStatus.SUBMITTED))
                .build();
    }

    @ParameterizedTest(name = "{0} through Q{1}, {2}: realisation {3}, capaian {4}")
    @CsvSource(nullValues = "-", value = {
            "OFFICIAL,  4, I1, 70, 70.00", "SUBMITTED, 4, I1, 90, 90.00", "OFFICIAL, 1, I1, 30, 30.00",
            "OFFICIAL,  4, I2, 36, 90.00", "OFFICIAL,  1, I2, 10, 25.00",
            // the annual figure counts for the whole year only
            "OFFICIAL,  4, I3, 9, 90.00", "OFFICIAL,  3, I3, -, -"})
    void indicatorFiguresByViewAndQuarter(View view, int through, String code, String realisation, String capaian) {
        AgencyDashboard d = AgencyCalculator.dashboard(snapshot(), view, through);
        AgencyDashboard.Indicator i = d.sasaran().stream().flatMap(s -> s.indicators().stream())
                .filter(x -> x.code().equals(code)).findFirst().orElseThrow();
        if (realisation == null) {
            assertThat(i.realisation()).isNull();
            assertThat(i.capaian()).isNull();
            assertThat(i.notComputable()).isNotBlank();
        } else {
            assertThat(i.realisation()).isEqualByComparingTo(realisation);
            assertThat(i.capaian()).isEqualByComparingTo(capaian);
        }
    }

    @Test
    void targetComesFromTheCurrentPkVersionElseTheRenstra() {
        AgencyDashboard d = AgencyCalculator.dashboard(snapshot(), View.OFFICIAL, 4);
        var indicators = d.sasaran().get(0).indicators();
        assertThat(indicators.get(0).targetSource()).isEqualTo("Renstra R target 2024");
        assertThat(indicators.get(1).targetSource()).isEqualTo("PK PK version 2");
        assertThat(indicators.get(1).target()).isEqualByComparingTo("40");
        assertThat(indicators.get(1).renstraTarget()).isEqualByComparingTo("50");
    }

    @Test
    void averageBudgetAndEfficiency() {
        AgencyDashboard d = AgencyCalculator.dashboard(snapshot(), View.OFFICIAL, 4);
        // (70 + 90 + 90) / 3
        assertThat(d.organisationAverage().printed()).isEqualTo("83,33");
        assertThat(d.budget().pagu()).isEqualByComparingTo("200");
        assertThat(d.budget().spent()).isEqualByComparingTo("50");
        assertThat(d.budget().absorptionPrinted()).isEqualTo("25,00");
        assertThat(d.budget().programs().get(1).absorption()).as("Q: pagu 0").isNull();
        // S1: mean capaian 80 against serapan 25 -> 320
        assertThat(d.sasaran().get(0).efficiency().value()).isEqualByComparingTo("320.00");
        assertThat(d.sasaran().get(1).efficiency()).isNull();
        assertThat(d.sasaran().get(1).efficiencyNotComputable()).isEqualTo("no budget node is mapped to the sasaran");
        assertThat(AgencyCalculator.dashboard(snapshot(), View.SUBMITTED, 4).budget().spent())
                .isEqualByComparingTo("100");
    }

    @Test
    void noRenstraNoFigures() {
        assertThat(AgencyCalculator.dashboard(new Fixtures.Snapshot().build(), View.OFFICIAL, 4)).isNull();
    }

    @Test
    void comparisonsShowEarlierApprovedYears() {
        AgencyYearSnapshot s = new Fixtures.Snapshot().withRenstra().rules(Fixtures.rules(EfficiencyRule.RATIO))
                .indicator(indicator("I3", "S2", "10", Aggregation.CUMULATIVE))
                .realisation(realisation("I3", null, "9", RealisationStatus.APPROVED), 1)
                .earlier(2023, new id.kinerja.events.realisation.IndicatorRealisationPayload(Fixtures.A, "I3", 2023,
                        null, d("8"), null, null, null, false, null, null, null, null, null,
                        RealisationStatus.APPROVED, null, "t"))
                .build();
        var comparisons = ComparisonCalculator.of(s, AgencyCalculator.dashboard(s, View.OFFICIAL, 4));
        assertThat(comparisons.get("I3").previousYears()).hasSize(1);
        assertThat(comparisons.get("I3").previousYears().get(0).realisation()).isEqualByComparingTo("8");
        assertThat(comparisons.get("I3").previousYears().get(0).notComputable()).isEqualTo("no target");
        assertThat(comparisons.get("I3").progressToEnd()).isEqualByComparingTo("90.00");
    }
}
