package id.kinerja.figures.budget;

import id.kinerja.events.plan.BudgetVersion;
import id.kinerja.events.plan.Pagu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class RfkTest {

    static final String PROGRAM = "2.07.03";
    static final String KEGIATAN = "2.07.03.1.01";
    static final String SUB_1 = "2.07.03.1.01.0001";
    static final String SUB_2 = "2.07.03.1.01.0002";

    static List<Pagu> dpa(long amount) {
        return List.of(new Pagu(BudgetVersion.DPA, BigDecimal.valueOf(amount), null, null));
    }

    static Rfk.Spending spent(String code, int quarter, long amount, String fisik) {
        return new Rfk.Spending(code, quarter, BigDecimal.valueOf(amount), fisik == null ? null : new BigDecimal(fisik));
    }

    /** Two sub-kegiatan of 100 M each under one kegiatan and program (realisation-service's RFK test). */
    static List<Rfk.Node> tree() {
        return List.of(
                new Rfk.Node("SUB_KEGIATAN", SUB_2, "Sub 2", dpa(100_000_000)),
                new Rfk.Node("PROGRAM", PROGRAM, "Program", List.of()),
                new Rfk.Node("KEGIATAN", KEGIATAN, "Kegiatan", List.of()),
                new Rfk.Node("SUB_KEGIATAN", SUB_1, "Sub 1", dpa(100_000_000)));
    }

    static Map<String, Rfk.Line> byCode(Rfk.Table table) {
        return table.lines().stream().collect(Collectors.toMap(Rfk.Line::code, Function.identity()));
    }

    @Test
    void linesComeInCodeOrderEachNodeBeforeThoseBelowIt() {
        assertThat(Rfk.of(tree(), List.of(), 4).lines()).extracting(Rfk.Line::code)
                .containsExactly(PROGRAM, KEGIATAN, SUB_1, SUB_2);
    }

    @Test
    void aSubKegiatanThroughTheSecondQuarter() {
        Rfk.Table rfk = Rfk.of(tree(), List.of(spent(SUB_1, 1, 40_000_000, "25"), spent(SUB_1, 2, 30_000_000, "60"),
                spent(SUB_1, 3, 10_000_000, "80")), 2);
        Rfk.Line sub = byCode(rfk).get(SUB_1);
        assertThat(sub.pagu()).isEqualByComparingTo("100000000");
        assertThat(sub.quarters()).containsExactly(BigDecimal.valueOf(40_000_000), BigDecimal.valueOf(30_000_000),
                BigDecimal.ZERO, BigDecimal.ZERO);
        assertThat(sub.spent()).isEqualByComparingTo("70000000");
        assertThat(sub.pctKeuangan()).isEqualByComparingTo("70");
        assertThat(sub.pctBobot()).isEqualByComparingTo("50");
        assertThat(sub.pctFisik()).as("the last progress reported through quarter 2").isEqualByComparingTo("60");
        assertThat(sub.sisa()).isEqualByComparingTo("30000000");
        // the program: 60 % of one half of its pagu, nothing reported for the other half
        assertThat(byCode(rfk).get(PROGRAM).pctFisik()).isEqualByComparingTo("30");
        assertThat(byCode(rfk).get(PROGRAM).pctBobot()).isEqualByComparingTo("100");
        assertThat(rfk.total().pagu()).isEqualByComparingTo("200000000");
        assertThat(rfk.total().spent()).isEqualByComparingTo("70000000");
        assertThat(rfk.total().pctKeuangan()).isEqualByComparingTo("35");
        assertThat(rfk.total().level()).isEqualTo("TOTAL");
    }

    @ParameterizedTest(name = "progress {0} and {1} (pagu 100 M each): node {2}, sub 2 {3}")
    @CsvSource(nullValues = "-", value = {
            "-,  -,   -,  -",      // nothing reported: not computable, not 0
            "0,  -,   0,  -",      // a reported 0 % is 0
            "50, 100, 75, 100",
            "50, 0,   25, 0",
    })
    void physicalProgressIsWeightedByPaguAboveTheLeaves(String fisik1, String fisik2, String node, String sub2) {
        List<Rfk.Spending> spending = new ArrayList<>();
        spending.add(spent(SUB_1, 1, 1, fisik1));
        spending.add(spent(SUB_2, 1, 1, fisik2));
        Map<String, Rfk.Line> lines = byCode(Rfk.of(tree(), spending, 4));
        assertThat(lines.get(KEGIATAN).pctFisik()).isEqualTo(node == null ? null : new BigDecimal(node));
        assertThat(lines.get(SUB_2).pctFisik()).isEqualTo(sub2 == null ? null : new BigDecimal(sub2));
    }

    @ParameterizedTest(name = "pagu {0}, spent {1}: keuangan {2}, sisa {3}")
    @CsvSource(nullValues = "-", value = {
            "100000000, 96685000,  96.685, 3315000",
            "100000000, 0,         0,      100000000",
            "100000000, 120000000, 120,    -20000000",   // spending above pagu: a negative sisa, shown as it is
            "0,         5000,      -,      -5000",       // no pagu: % keuangan is not computable
    })
    void keuanganAndSisa(long pagu, long spent, String keuangan, long sisa) {
        Rfk.Table rfk = Rfk.of(List.of(new Rfk.Node("SUB_KEGIATAN", SUB_1, "Sub", dpa(pagu))),
                List.of(spent(SUB_1, 4, spent, null)), 4);
        Rfk.Line sub = rfk.lines().get(0);
        assertThat(sub.pctKeuangan()).isEqualTo(keuangan == null ? null : new BigDecimal(keuangan));
        assertThat(sub.sisa()).isEqualByComparingTo(BigDecimal.valueOf(sisa));
        assertThat(rfk.total().spent()).isEqualByComparingTo(BigDecimal.valueOf(spent));
    }

    @Test
    void theAmendedPaguIsInForceAndANodeWithoutPaguOrChildrenStillCountsItsSpending() {
        List<Rfk.Node> nodes = List.of(
                new Rfk.Node("KEGIATAN", KEGIATAN, "Kegiatan", List.of()),
                new Rfk.Node("SUB_KEGIATAN", SUB_1, "Sub 1", List.of(new Pagu(BudgetVersion.DPA, BigDecimal.valueOf(100),
                        null, null), new Pagu(BudgetVersion.DPPA, BigDecimal.valueOf(80), null, null))),
                new Rfk.Node("SUB_KEGIATAN", SUB_2, "Sub 2 (no pagu yet)", List.of()));
        Rfk.Table rfk = Rfk.of(nodes, List.of(spent(SUB_1, 1, 40, null), spent(SUB_2, 1, 10, null)), 4);
        assertThat(byCode(rfk).get(SUB_1).pagu()).isEqualByComparingTo("80");
        assertThat(byCode(rfk).get(KEGIATAN).spent()).isEqualByComparingTo("50");
        assertThat(byCode(rfk).get(KEGIATAN).pctKeuangan()).isEqualByComparingTo("62.5");
        assertThat(byCode(rfk).get(SUB_2).pctKeuangan()).isNull();
    }

    @Test
    void aTreeKnownOnlyByItsLeavesGetsItsProgramAndKegiatanLinesFromTheCodes() {
        List<Rfk.Node> leaves = List.of(new Rfk.Node("SUB_KEGIATAN", SUB_1, "Sub 1", dpa(150)),
                new Rfk.Node("SUB_KEGIATAN", "2.07.04.1.01.0001", "Other", dpa(50)));
        Rfk.Table rfk = Rfk.of(Rfk.withMissingAncestors(leaves), List.of(spent(SUB_1, 1, 15, null)), 4);
        assertThat(rfk.lines()).extracting(Rfk.Line::code).containsExactly(PROGRAM, KEGIATAN, SUB_1, "2.07.04",
                "2.07.04.1.01", "2.07.04.1.01.0001");
        assertThat(byCode(rfk).get(PROGRAM).pagu()).isEqualByComparingTo("150");
        assertThat(byCode(rfk).get(PROGRAM).pctBobot()).isEqualByComparingTo("75");
        assertThat(Rfk.withMissingAncestors(tree())).hasSize(4);
    }
}
