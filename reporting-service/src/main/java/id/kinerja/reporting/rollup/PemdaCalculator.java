package id.kinerja.reporting.rollup;

import id.kinerja.events.Numbers;
import id.kinerja.events.plan.RoundingMode;
import id.kinerja.reporting.engine.BudgetFigures;
import id.kinerja.reporting.engine.Figure;
import id.kinerja.reporting.engine.Presentation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A pemda's dashboard from its agencies' stored figures: the mean of the computable organisation averages (each
 * agency weighs the same, exact sums), the predicate distribution, pagu, spending and absorption. Pure.
 */
public final class PemdaCalculator {

    private PemdaCalculator() {
    }

    /** The dashboard with the exact sums a province roll-up adds up. */
    public record Pemda(PemdaDashboard view, BigDecimal averageSum, int averageCount, String presentation) {
    }

    public static Pemda of(String tenant, int year, int through, boolean officialOnly, List<AgencyLine> agencies) {
        List<AgencyLine> sorted = agencies.stream().sorted(Comparator.comparing(AgencyLine::agency)).toList();
        Map<String, Integer> predicates = new TreeMap<>();
        List<PemdaDashboard.AgencyLine> lines = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        int count = 0;
        BigDecimal pagu = BigDecimal.ZERO;
        BigDecimal spent = BigDecimal.ZERO;
        String presentation = null;
        for (AgencyLine a : sorted) {
            if (a.presentation() != null) {
                presentation = a.presentation();
            }
            a.predicates().forEach((k, v) -> predicates.merge(k, v, Integer::sum));
            if (a.average() != null) {
                sum = sum.add(a.average());
                count++;
            }
            pagu = pagu.add(a.pagu());
            spent = spent.add(a.spent());
            lines.add(new PemdaDashboard.AgencyLine(a.agency(), a.averageValue(), a.averagePrinted(),
                    Numbers.norm(a.pagu()), Numbers.norm(a.spent()), a.absorption(), a.averageNotComputable(),
                    a.predicates().isEmpty() ? null : new TreeMap<>(a.predicates())));
        }
        Presentation p = presentation(presentation);
        BigDecimal average = mean(sum, count);
        Figure absorption = BudgetFigures.absorption(spent, pagu);
        return new Pemda(new PemdaDashboard(tenant, year, through, officialOnly, p.round(average), p.format(average),
                predicates, Numbers.norm(pagu), Numbers.norm(spent),
                absorption.computed() ? p.round(absorption.value()) : null, lines), sum, count, presentation);
    }

    /** Σ / n at the engine's scale, as the average of the figures; null when nothing is computable. */
    public static BigDecimal mean(BigDecimal sum, int count) {
        return count == 0 ? null
                : Numbers.norm(sum.divide(BigDecimal.valueOf(count), Figure.SCALE, java.math.RoundingMode.HALF_EVEN));
    }

    /** "HALF_UP 2" → the presentation; null → the default. */
    public static Presentation presentation(String stored) {
        if (stored == null) {
            return Presentation.DEFAULT;
        }
        String[] parts = stored.split(" ");
        return new Presentation(RoundingMode.valueOf(parts[0]), Integer.parseInt(parts[1]));
    }
}
