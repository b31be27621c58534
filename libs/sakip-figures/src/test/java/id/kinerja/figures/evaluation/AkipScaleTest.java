package id.kinerja.figures.evaluation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class AkipScaleTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"100, AA", "90.01, AA", "90, A", "80.01, A", "80, BB", "73.85, BB", "70, B", "62.15, B", "60.01, B",
            "60, CC", "50.01, CC", "50, C", "30.01, C", "30, D", "0, D"})
    void theCategoryOfAScoreFollowsPermenpanRb88Of2021(String score, String category) {
        assertThat(AkipScale.categoryOf(new BigDecimal(score))).isEqualTo(category);
    }
}
