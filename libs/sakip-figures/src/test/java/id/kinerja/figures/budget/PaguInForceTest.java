package id.kinerja.figures.budget;

import id.kinerja.events.plan.BudgetVersion;
import id.kinerja.events.plan.Pagu;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PaguInForceTest {

    @ParameterizedTest(name = "DPA {0}, DPPA {1}: {2} in force ({3})")
    @CsvSource(nullValues = "-", value = {
            "100, -,   100, DPA",
            "100, 80,  80,  DPPA",
            "-,   80,  80,  DPPA",
            "100, 0,   0,   DPPA",     // an amendment to zero is in force
            "-,   -,   0,   -",
    })
    void theAmendedBudgetWinsOverTheOriginal(BigDecimal dpa, BigDecimal dppa, BigDecimal inForce, BudgetVersion version) {
        List<Pagu> pagu = new ArrayList<>();
        if (dppa != null) {
            pagu.add(new Pagu(BudgetVersion.DPPA, dppa, null, null));
        }
        if (dpa != null) {
            pagu.add(new Pagu(BudgetVersion.DPA, dpa, null, null));
        }
        assertThat(PaguInForce.amount(pagu)).isEqualByComparingTo(inForce);
        assertThat(PaguInForce.version(pagu)).isEqualTo(version);
    }

    @ParameterizedTest(name = "spent {0} of pagu {1}: over by {2}")
    @CsvSource(nullValues = "-", value = {
            "100, 100, -",
            "99,  100, -",
            "101, 100, 1",
            "1,   0,   1",
            "5,   -,   -",      // no pagu in force: no ceiling
    })
    void spendingAbovePaguIsTheExcessOverThePaguInForce(BigDecimal spent, BigDecimal pagu, BigDecimal over) {
        assertThat(SpendingAbovePagu.of(spent, pagu).map(SpendingAbovePagu.Excess::over).orElse(null))
                .isEqualTo(over == null ? null : over);
        assertThat(SpendingAbovePagu.exceeds(spent, pagu)).isEqualTo(over != null);
    }

    @ParameterizedTest(name = "{0} covers {1}: {2}")
    @CsvSource({
            "2.07.03,      2.07.03,                true",
            "2.07.03,      2.07.03.1.01,           true",
            "2.07.03,      2.07.03.1.01.0001,      true",
            "2.07.03,      2.07.031,               false",
            "2.07.03,      2.07.04.1.01,           false",
            "2.07.03.1.01, 2.07.03,                false",
    })
    void theTreeRollsUpByCodePrefix(String node, String code, boolean covers) {
        assertThat(BudgetTree.covers(node, code)).isEqualTo(covers);
    }
}
