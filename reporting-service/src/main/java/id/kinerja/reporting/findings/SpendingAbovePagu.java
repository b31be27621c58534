package id.kinerja.reporting.findings;

import id.kinerja.events.plan.BudgetVersion;
import id.kinerja.events.planning.BudgetNodePayload;
import id.kinerja.reporting.figures.BudgetCalculator;
import id.kinerja.reporting.snapshot.AgencyYearSnapshot;
import id.kinerja.reporting.snapshot.Stored;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The spending on a node that carries a pagu (every status, every quarter) exceeds its pagu in force. */
public final class SpendingAbovePagu implements FindingRule {

    @Override
    public FindingCode code() {
        return FindingCode.SPENDING_ABOVE_PAGU;
    }

    @Override
    public List<Finding> check(AgencyYearSnapshot snapshot) {
        Map<String, BigDecimal> spentBy = BudgetCalculator.spentBySubKegiatan(
                snapshot.spending().stream().map(Stored::payload).toList());
        List<Finding> findings = new ArrayList<>();
        for (Stored<BudgetNodePayload> s : snapshot.budgetNodes()) {
            BudgetNodePayload node = s.payload();
            if (node.pagu().isEmpty()) {
                continue;
            }
            BigDecimal pagu = BudgetCalculator.paguInForce(node);
            BigDecimal spent = spentBy.getOrDefault(node.code(), BigDecimal.ZERO);
            if (id.kinerja.figures.budget.SpendingAbovePagu.exceeds(spent, pagu)) {
                findings.add(Finding.of(code(), List.of("budget-node " + s.aggregateId() + " v" + s.version()),
                        Finding.numbers("pagu", pagu, "spent", spent, "over", spent.subtract(pagu), "paguVersion",
                                node.pagu().stream().anyMatch(p -> p.version() == BudgetVersion.DPPA) ? "DPPA" : "DPA"),
                        node.code()));
            }
        }
        return findings;
    }
}
