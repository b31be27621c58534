package id.kinerja.reporting.engine;

import id.kinerja.events.plan.Aggregation;
import id.kinerja.events.plan.CategoryPolicy;
import id.kinerja.events.plan.Direction;
import id.kinerja.events.plan.EfficiencyRule;
import id.kinerja.events.plan.PredicateScale;
import id.kinerja.events.plan.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Table tests; rows from the seed reports name the report and, where the print is wrong, the inconsistency. */
class CapaianTest {

    static BigDecimal d(String s) {
        return s == null || s.isEmpty() ? null : new BigDecimal(s);
    }

    static final Presentation TWO = new Presentation(RoundingMode.HALF_UP, 2);

    @ParameterizedTest(name = "{0}: {1} of {2} ({3}) = {4}")
    @CsvSource(delimiter = '|', textBlock = """
            Dumai 2024 IKU-1 pelatihan                       | 4.59   | 10  | HIGHER_IS_BETTER | 45.90
            Dumai 2024 IKU-2 penempatan (202,6 uncapped)     | 20.26  | 10  | HIGHER_IS_BETTER | 202.60
            Dumai 2024 IKU-3 kasus                           | 40.62  | 20  | HIGHER_IS_BETTER | 203.10
            DM-E15 Dumai 2023 IKU-1 (printed 29,6)           | 4.36   | 15  | HIGHER_IS_BETTER | 29.07
            DM-E16 Dumai 2023 IKU-3 (printed 69,83 and 269,83)| 80.95 | 30  | HIGHER_IS_BETTER | 269.83
            Binjai 2023 administrasi kantor                  | 88     | 100 | HIGHER_IS_BETTER | 88.00
            lower is better: unemployment 4 of target 5      | 4      | 5   | LOWER_IS_BETTER  | 120.00
            lower is better: worse than target               | 6.5    | 5   | LOWER_IS_BETTER  | 70.00
            lower is better: double the target               | 10     | 5   | LOWER_IS_BETTER  | 0.00
            """)
    void capaianOfEachDirection(String row, String realisasi, String target, Direction direction, String expected) {
        Figure figure = Capaian.of(direction, d(target), d(realisasi), null, null);
        assertThat(TWO.round(figure.value())).as(row).isEqualByComparingTo(expected);
        assertThat(figure.substituted()).contains(realisasi);
    }

    @ParameterizedTest(name = "range [90, 110] with {0} = {1}")
    @CsvSource({"95, 100", "90, 100", "110, 100", "81, 90", "121, 90"})
    void rangeDirection(String realisasi, String expected) {
        assertThat(Capaian.of(Direction.RANGE, null, d(realisasi), d("90"), d("110")).value())
                .isEqualByComparingTo(expected);
    }

    @Test
    void zeroOrMissingTargetIsNotComputableNeverInfinity() {
        Figure zero = Capaian.of(Direction.HIGHER_IS_BETTER, BigDecimal.ZERO, d("5"), null, null);
        assertThat(zero.computed()).isFalse();
        assertThat(zero.notComputable()).contains("target is 0");
        assertThat(Capaian.of(Direction.LOWER_IS_BETTER, null, d("5"), null, null).notComputable()).isEqualTo("no target");
        assertThat(Capaian.of(Direction.HIGHER_IS_BETTER, d("5"), null, null, null).notComputable())
                .isEqualTo("no realisation");
        assertThat(Capaian.of(Direction.RANGE, null, d("5"), null, d("4")).computed()).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1} vs target {2} = {3}")
    @CsvSource({"REACHED_IS_100, BB, B, 100", "REACHED_IS_100, B, BB, 80", "REACHED_IS_100, BB, BB, 100"})
    void qualitativeCategories(CategoryPolicy policy, String realised, String target, String expected) {
        List<String> akip = List.of("D", "C", "CC", "B", "BB", "A", "AA");
        assertThat(Capaian.ofCategory(policy, akip, target, realised, null, null).value()).isEqualByComparingTo(expected);
    }

    @Test
    void qualitativeByScoreRatio() {
        // an AKIP score of 70,57 against a target score of 70 (the BB threshold)
        Figure figure = Capaian.ofCategory(CategoryPolicy.SCORE_RATIO, List.of("B", "BB"), "BB", "BB", d("70"), d("70.57"));
        assertThat(TWO.round(figure.value())).isEqualByComparingTo("100.81");
    }

    @ParameterizedTest(name = "{0} through Q{2} = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            CUMULATIVE    | 10:0:0,20:0:0,30:0:0 | 2 | 30
            CUMULATIVE    | 10:0:0,20:0:0,30:0:0 | 4 | 60
            LAST_VALUE    | 7.1:0:0,6.9:0:0       | 4 | 6.9
            AVERAGE       | 10:0:0,20:0:0,60:0:0 | 3 | 30
            RATIO_OF_SUMS | 10:10:100,60:30:50    | 2 | 26.67
            """)
    void aggregationOverQuarters(Aggregation aggregation, String quarters, int through, String expected) {
        List<QuarterValue> values = new java.util.ArrayList<>();
        String[] parts = quarters.split(",");
        for (int i = 0; i < parts.length; i++) {
            String[] v = parts[i].split(":");
            boolean ratio = !v[2].equals("0");
            values.add(new QuarterValue(i + 1, d(v[0]), ratio ? d(v[1]) : null, ratio ? d(v[2]) : null));
        }
        assertThat(TWO.round(Aggregations.yearToDate(aggregation, values, through, true).value()))
                .isEqualByComparingTo(expected);
    }

    @Test
    void ratioOfSumsIsNotTheAverageOfPercentages() {
        List<QuarterValue> q = List.of(new QuarterValue(1, d("10"), d("10"), d("100")),
                new QuarterValue(2, d("60"), d("30"), d("50")));
        assertThat(TWO.round(Aggregations.yearToDate(Aggregation.RATIO_OF_SUMS, q, 2, true).value()))
                .isEqualByComparingTo("26.67");
        assertThat(TWO.round(Aggregations.yearToDate(Aggregation.AVERAGE, q, 2, true).value()))
                .isEqualByComparingTo("35.00");
        assertThat(Aggregations.yearToDate(Aggregation.CUMULATIVE, q, 0, true).computed()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Dumai Tabel III.8 IKU-1                        | RATIO                | 45.9  | 96.68 | 47.48  | Kurang Efisien
            DM-E27 Dumai IKU-2 (printed 238,46)            | RATIO                | 202.6 | 84.96 | 238.47 | Efisien
            Dumai Tabel III.8 IKU-3                        | RATIO                | 203.1 | 99.37 | 204.39 | Efisien
            BJ-E13 Binjai row 1 (printed 0,079 from 81,1)  | INDEX_ONE_MINUS_RATIO| 88    | 81.94 | 0.07   | Efisien
            percent difference                             | PERCENT_DIFFERENCE   | 100   | 80    | 20.00  | Efisien
            verdict rule                                   | VERDICT_CAPAIAN_ABOVE_SERAPAN | 95 | 99 | -4.00 | Kurang Efisien
            """)
    void efficiencyRules(String row, EfficiencyRule rule, String capaian, String serapan, String expected,
                         String verdict) {
        BudgetFigures.Efficiency e = BudgetFigures.efficiency(rule, d(capaian), d(serapan));
        assertThat(TWO.round(e.figure().value())).as(row).isEqualByComparingTo(expected);
        assertThat(e.verdict()).isEqualTo(verdict);
    }

    @Test
    void binjaiIndexToFourDecimals() {
        assertThat(new Presentation(RoundingMode.HALF_UP, 4).round(
                BudgetFigures.efficiency(EfficiencyRule.INDEX_ONE_MINUS_RATIO, d("88"), d("81.94")).figure().value()))
                .isEqualByComparingTo("0.0689");
    }

    @ParameterizedTest(name = "{0}: {1} / {2} = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Dumai DPPA total (Tabel III.10 prints 9.548.669.104) | 8310193973 | 9584669104 | 86.70
            Dumai sub-kegiatan RKA-SKPD                          | 5109100    | 16349100   | 31.25
            Binjai Program Pelatihan                             | 10140000   | 193768000  | 5.23
            """)
    void absorption(String row, String realisasi, String pagu, String expected) {
        assertThat(TWO.round(BudgetFigures.absorption(d(realisasi), d(pagu)).value())).as(row)
                .isEqualByComparingTo(expected);
        assertThat(BudgetFigures.absorption(d(realisasi), BigDecimal.ZERO).computed()).isFalse();
    }

    static final PredicateScale DUMAI_ATRIBUT = new PredicateScale("DUMAI", "Tabel III.2", List.of(
            new PredicateScale.Band("Sangat Berhasil", d("85"), true, null, false),
            new PredicateScale.Band("Berhasil", d("70"), true, d("85"), false),
            new PredicateScale.Band("Cukup Berhasil", d("55"), true, d("70"), false),
            new PredicateScale.Band("Tidak Berhasil", null, false, d("55"), false)));

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"45.9, Tidak Berhasil", "202.6, Sangat Berhasil", "85, Sangat Berhasil", "84.99, Berhasil",
            "70, Berhasil", "55, Cukup Berhasil", "54.99, Tidak Berhasil"})
    void dumaiPredicates(String capaian, String predicate) {
        assertThat(Predicates.classify(DUMAI_ATRIBUT, d(capaian))).hasValue(predicate);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            HALF_UP  | 34.285     | 34,29
            TRUNCATE | 34.2857    | 34,28
            HALF_UP  | 1234567.891| 1.234.567,89
            TRUNCATE | 52.749     | 52,74
            """)
    void roundingAndIndonesianFormat(RoundingMode mode, String value, String printed) {
        assertThat(new Presentation(mode, 2).format(d(value))).isEqualTo(printed);
    }

    @Test
    void rupiah() {
        assertThat(Presentation.rupiah(d("3933915154"))).isEqualTo("Rp 3.933.915.154");
    }

    @Test
    void organisationAverageNamesWhatItSkips() {
        Figure avg = BudgetFigures.average(List.of(Capaian.of(Direction.HIGHER_IS_BETTER, d("10"), d("4.59"), null, null),
                        Capaian.of(Direction.HIGHER_IS_BETTER, d("10"), d("20.26"), null, null),
                        Capaian.of(Direction.HIGHER_IS_BETTER, d("20"), d("40.62"), null, null),
                        Capaian.of(Direction.HIGHER_IS_BETTER, BigDecimal.ZERO, d("1"), null, null)),
                List.of("DM-IKU-1", "DM-IKU-2", "DM-IKU-3", "X"));
        // Dumai: the mean of the three PK IKU is 150,5333
        assertThat(new Presentation(RoundingMode.HALF_UP, 4).round(avg.value())).isEqualByComparingTo("150.5333");
        assertThat(avg.inputs().get("skipped")).isEqualTo(List.of("X"));
    }
}
