package id.kinerja.reporting.rollup;

import id.kinerja.events.Numbers;
import id.kinerja.reporting.engine.BudgetFigures;
import id.kinerja.reporting.engine.Figure;
import id.kinerja.reporting.engine.Presentation;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds stored pemda roll-ups up into a province or the nation: the exact sums of the agencies' averages (so each
 * agency weighs the same at every level, not each pemda), pagu, spending and the predicate counts.
 */
final class RollupSums {

    private BigDecimal averageSum = BigDecimal.ZERO;
    private int averageCount;
    private int agencies;
    private int pemda;
    private BigDecimal pagu = BigDecimal.ZERO;
    private BigDecimal spent = BigDecimal.ZERO;
    private final Map<String, Integer> predicates = new TreeMap<>();
    private Presentation presentation;

    /** One pemda's stored roll-up row; {@code presentation} as stored ("HALF_UP 2"), the last one added wins. */
    void add(BigDecimal averageSum, int averageCount, int agencies, BigDecimal pagu, BigDecimal spent,
             Map<String, Integer> predicates, String presentation) {
        this.averageSum = this.averageSum.add(averageSum);
        this.averageCount += averageCount;
        this.agencies += agencies;
        this.pemda++;
        this.pagu = this.pagu.add(pagu);
        this.spent = this.spent.add(spent);
        predicates.forEach((k, v) -> this.predicates.merge(k, v, Integer::sum));
        this.presentation = PemdaCalculator.presentation(presentation);
    }

    /** The rounding of the last pemda added (the tenants of a province normally share the province's rule). */
    Presentation presentation() {
        return presentation == null ? Presentation.DEFAULT : presentation;
    }

    BigDecimal average() {
        return PemdaCalculator.mean(averageSum, averageCount);
    }

    /** Absorption rounded by {@code p}; null when nothing is budgeted. */
    BigDecimal absorption(Presentation p) {
        Figure absorption = BudgetFigures.absorption(spent, pagu);
        return absorption.computed() ? p.round(absorption.value()) : null;
    }

    int agencies() {
        return agencies;
    }

    int pemda() {
        return pemda;
    }

    BigDecimal pagu() {
        return Numbers.norm(pagu);
    }

    BigDecimal spent() {
        return Numbers.norm(spent);
    }

    Map<String, Integer> predicates() {
        return predicates;
    }
}
