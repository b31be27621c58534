package id.kinerja.reporting.rollup;

import java.math.BigDecimal;
import java.util.Map;

/**
 * An agency's stored figures as a pemda roll-up needs them: the unrounded organisation average (null: not
 * computable, with the reason), its presentation, budget sums and the predicate count of its indicators.
 */
public record AgencyLine(String agency, BigDecimal average, BigDecimal averageValue, String averagePrinted,
                         String averageNotComputable, BigDecimal pagu, BigDecimal spent, BigDecimal absorption,
                         Map<String, Integer> predicates, String presentation) {
}
