package id.kinerja.reporting.monitoring;

import id.kinerja.events.plan.Aggregation;
import id.kinerja.events.plan.Direction;
import id.kinerja.events.plan.PredicateScale;
import id.kinerja.events.plan.ValueType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The year-end projection by aggregation, with its range and predicate, and the cases it must refuse. */
class YearEndProjectionTest {

    static final PredicateScale SCALE = new PredicateScale("UJI", "test", java.util.List.of(
            new PredicateScale.Band("Sangat Baik", new BigDecimal("90"), true, null, false),
            new PredicateScale.Band("Baik", new BigDecimal("70"), true, new BigDecimal("90"), false),
            new PredicateScale.Band("Kurang", null, false, new BigDecimal("70"), false)));

    /** "1:10 2:20" -> {1=10, 2=20}; "-" -> empty. */
    static SortedMap<Integer, BigDecimal> quarters(String spec) {
        SortedMap<Integer, BigDecimal> map = new TreeMap<>();
        if (!spec.equals("-")) {
            for (String part : spec.trim().split(" +")) {
                String[] kv = part.split(":");
                map.put(Integer.parseInt(kv[0]), new BigDecimal(kv[1]));
            }
        }
        return map;
    }

    static Map<Integer, SortedMap<Integer, BigDecimal>> earlier(String spec) {
        Map<Integer, SortedMap<Integer, BigDecimal>> years = new TreeMap<>();
        if (!spec.equals("-")) {
            int year = 2020;
            for (String path : spec.split("\\|")) {
                years.put(year++, quarters(path));
            }
        }
        return years;
    }

    @ParameterizedTest(name = "{0} {1} target {2}: {3} (plan {4}, earlier {5}) -> {6} [{7}, {8}] capaian {9} {10}")
    @CsvSource(delimiter = ';', nullValues = "null", value = {
            // cumulative, even pace: 30 after two quarters -> 60
            "CUMULATIVE; HIGHER_IS_BETTER; 100; 1:10 2:20; -; -; 60; null; null; 60; Kurang",
            // cumulative along the rencana aksi (planned 20 by Q2 of 100): 30 -> 150
            "CUMULATIVE; HIGHER_IS_BETTER; 100; 1:10 2:20; 2:20 4:100; -; 150; null; null; 150; Sangat Baik",
            // first quarter only, earlier years moved Q1 -> Q4 by ×4 and ×5: 25 -> 100, range [100, 125]
            "CUMULATIVE; HIGHER_IS_BETTER; 100; 1:25; -; 1:10 2:10 3:10 4:10|1:10 2:10 3:20 4:10; 100; 100; 125; 100; Sangat Baik",
            // last value carried; earlier years moved Q2 -> Q4 by +5 and -2: 70 -> 70, range [68, 75]
            "LAST_VALUE; HIGHER_IS_BETTER; 80; 1:60 2:70; -; 2:60 4:65|2:50 4:48; 70; 68; 75; 87.5; Baik",
            // running mean
            "AVERAGE; HIGHER_IS_BETTER; 50; 1:40 2:50 3:60; -; -; 50; null; null; 100; Sangat Baik",
            // lower is better: a carried 12 against a target of 10 is capaian 80
            "LAST_VALUE; LOWER_IS_BETTER; 10; 1:14 2:12; -; -; 12; null; null; 80; Baik",
            // lower is better with a range: the low value gives the high capaian
            "LAST_VALUE; LOWER_IS_BETTER; 10; 1:12; -; 1:12 4:10|1:12 4:13; 12; 10; 13; 80; Baik",
            // a fully reported year: the projection is the year itself
            "CUMULATIVE; HIGHER_IS_BETTER; 100; 1:10 2:20 3:30 4:40; -; -; 100; 100; 100; 100; Sangat Baik",
    })
    void projectsByAggregation(Aggregation aggregation, Direction direction, BigDecimal target, String reported,
                               String plan, String earlierPaths, BigDecimal projected, BigDecimal low, BigDecimal high,
                               BigDecimal capaian, String predicate) {
        Projection p = YearEndProjection.of(new YearEndProjection.Input("IKU", aggregation, direction,
                ValueType.NUMBER, null, null, target, quarters(reported), quarters(plan), earlier(earlierPaths), SCALE));
        assertThat(p.notComputable()).isNull();
        assertThat(p.projected()).isEqualByComparingTo(projected);
        if (low == null) {
            assertThat(p.low()).isNull();
            assertThat(p.rangeUnknown()).contains("range is unknown");
        } else {
            assertThat(p.low()).isEqualByComparingTo(low);
            assertThat(p.high()).isEqualByComparingTo(high);
            assertThat(p.rangeBasis()).isNotBlank();
        }
        assertThat(p.projectedCapaian()).isEqualByComparingTo(capaian);
        assertThat(p.projectedPredicate()).isEqualTo(predicate);
        assertThat(p.method()).isNotBlank();
    }

    @Test
    void qualitativeIndicatorsAreExcludedWithAReason() {
        Projection p = YearEndProjection.of(new YearEndProjection.Input("IKU-K", Aggregation.LAST_VALUE,
                Direction.HIGHER_IS_BETTER, ValueType.CATEGORY, null, null, null, quarters("1:1"), Map.of(), Map.of(),
                SCALE));
        assertThat(p.notComputable()).contains("qualitative");
        assertThat(p.projected()).isNull();
    }

    @Test
    void nothingReportedYetIsSaidSo() {
        Projection p = YearEndProjection.of(new YearEndProjection.Input("IKU", Aggregation.CUMULATIVE,
                Direction.HIGHER_IS_BETTER, ValueType.NUMBER, null, null, BigDecimal.TEN, quarters("-"), Map.of(),
                Map.of(), SCALE));
        assertThat(p.notComputable()).isEqualTo("no quarter reported yet");
    }

    @Test
    void aZeroTargetProjectsTheValueButNoCapaian() {
        Projection p = YearEndProjection.of(new YearEndProjection.Input("IKU", Aggregation.CUMULATIVE,
                Direction.HIGHER_IS_BETTER, ValueType.NUMBER, null, null, BigDecimal.ZERO, quarters("1:5"), Map.of(),
                Map.of(), SCALE));
        assertThat(p.notComputable()).isNull();
        assertThat(p.projected()).isEqualByComparingTo("20");
        assertThat(p.projectedCapaian()).isNull();
        assertThat(p.capaianNotComputable()).contains("target is 0");
        assertThat(p.projectedPredicate()).isNull();
    }

    @ParameterizedTest(name = "pagu 100, spent {0}, earlier {1} -> absorption {2}, projected {3} [{4}, {5}], needed {6}")
    @CsvSource(delimiter = ';', nullValues = "null", value = {
            // even pace without earlier years: 20 in Q1 -> 80 %, range unknown, 25 % needed by Q1
            "1:20; -; 20; 80; null; null; 25",
            // earlier years had spent 25 % and 50 % of their year by Q1 (mean 37.5 %): 20 -> 53.33 %, [40, 80]
            "1:20; 1:25 2:25 3:25 4:25|1:50 4:50; 20; 53.3333; 40; 80; 37.5",
    })
    void budgetAbsorptionFromTheSpendingPace(String spent, String earlierYears, BigDecimal absorption,
                                             BigDecimal projected, BigDecimal low, BigDecimal high, BigDecimal needed) {
        BudgetOutlook b = BudgetOutlook.of(new BigDecimal("100"), quarters(spent), earlier(earlierYears));
        assertThat(b.absorption()).isEqualByComparingTo(absorption);
        assertThat(b.projectedAbsorption()).isEqualByComparingTo(projected);
        assertThat(b.neededAbsorption()).isEqualByComparingTo(needed);
        if (low == null) {
            assertThat(b.rangeUnknown()).contains("unknown");
        } else {
            assertThat(b.low()).isEqualByComparingTo(low);
            assertThat(b.high()).isEqualByComparingTo(high);
        }
    }
}
