package id.kinerja.figures.budget;

import id.kinerja.events.plan.BudgetVersion;
import id.kinerja.events.plan.Pagu;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The pagu in force of a budget node: the DPPA (the amended budget) when there is one, else the DPA. Every
 * service asks here: realisation-service to refuse spending above it, reporting-service for absorption and RFK.
 */
public final class PaguInForce {

    private PaguInForce() {
    }

    public static Optional<Pagu> of(List<Pagu> pagu) {
        if (pagu == null) {
            return Optional.empty();
        }
        return pagu.stream().filter(p -> p.version() == BudgetVersion.DPPA).findFirst()
                .or(() -> pagu.stream().filter(p -> p.version() == BudgetVersion.DPA).findFirst());
    }

    /** The amount in force; zero for a node without a DPA or DPPA. */
    public static BigDecimal amount(List<Pagu> pagu) {
        return of(pagu).map(Pagu::amount).orElse(BigDecimal.ZERO);
    }

    /** Which version is in force, for explanations ("DPPA" or "DPA"); null when there is none. */
    public static BudgetVersion version(List<Pagu> pagu) {
        return of(pagu).map(Pagu::version).orElse(null);
    }
}
