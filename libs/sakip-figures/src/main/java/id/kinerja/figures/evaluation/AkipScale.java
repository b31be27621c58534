package id.kinerja.figures.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * The AKIP evaluation categories by score (PermenPAN-RB 88/2021): AA above 90, A above 80, BB above 70, B above
 * 60, CC above 50, C above 30, D up to 30. A category printed against a score is checked by reporting-service
 * (EVALUATION_CATEGORY_DIFFERS); this is the one place that names the category a score gives.
 */
public final class AkipScale {

    public static final List<String> CATEGORIES = List.of("AA", "A", "BB", "B", "CC", "C", "D");
    private static final int[] ABOVE = {90, 80, 70, 60, 50, 30};

    private AkipScale() {
    }

    public static String categoryOf(BigDecimal score) {
        for (int i = 0; i < ABOVE.length; i++) {
            if (score.compareTo(BigDecimal.valueOf(ABOVE[i])) > 0) {
                return CATEGORIES.get(i);
            }
        }
        return "D";
    }
}
