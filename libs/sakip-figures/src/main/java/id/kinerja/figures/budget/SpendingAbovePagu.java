package id.kinerja.figures.budget;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Cumulative spending above the pagu in force: realisation-service refuses it without a reason, reporting-service
 * reports it as a finding. A node without a pagu in force has no ceiling to exceed.
 */
public final class SpendingAbovePagu {

    private SpendingAbovePagu() {
    }

    public record Excess(BigDecimal pagu, BigDecimal spent, BigDecimal over) {
    }

    public static Optional<Excess> of(BigDecimal spent, BigDecimal paguInForce) {
        if (paguInForce == null || spent == null || spent.compareTo(paguInForce) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Excess(paguInForce, spent, spent.subtract(paguInForce)));
    }

    public static boolean exceeds(BigDecimal spent, BigDecimal paguInForce) {
        return of(spent, paguInForce).isPresent();
    }
}
