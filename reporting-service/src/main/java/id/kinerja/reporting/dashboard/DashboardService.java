package id.kinerja.reporting.dashboard;

import id.kinerja.events.planning.BudgetNodePayload;
import id.kinerja.reporting.figures.BudgetCalculator;

import java.math.BigDecimal;

/**
 * What is left of the compute-on-read dashboard service: the pagu-in-force rule for {@code lkjip.RfkTable}
 * until the RFK engine moves to the shared figures library. Every figure is computed by the calculators of
 * {@code figures/} when events change it and read from the stored figures.
 */
public final class DashboardService {

    private DashboardService() {
    }

    public static BigDecimal paguInForce(BudgetNodePayload leaf) {
        return BudgetCalculator.paguInForce(leaf);
    }
}
