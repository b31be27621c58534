package id.kinerja.reporting.findings;

import id.kinerja.events.plan.Pagu;
import id.kinerja.events.plan.ReportedTotal;
import id.kinerja.events.planning.BudgetNodePayload;
import id.kinerja.reporting.figures.BudgetCalculator;
import id.kinerja.reporting.snapshot.AgencyYearSnapshot;
import id.kinerja.reporting.snapshot.Stored;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A total printed for a budget node differs from the sum of its leaves' pagu of that budget version. */
public final class ReportedTotalDiffers implements FindingRule {

    @Override
    public FindingCode code() {
        return FindingCode.REPORTED_TOTAL_DIFFERS;
    }

    @Override
    public List<Finding> check(AgencyYearSnapshot snapshot) {
        List<BudgetNodePayload> leaves = BudgetCalculator.leaves(snapshot.nodes());
        List<Finding> findings = new ArrayList<>();
        for (Stored<BudgetNodePayload> s : snapshot.budgetNodes()) {
            BudgetNodePayload node = s.payload();
            for (ReportedTotal reported : node.reportedPagu()) {
                BigDecimal computed = BigDecimal.ZERO;
                boolean complete = true;
                for (BudgetNodePayload leaf : leaves) {
                    if (BudgetCalculator.under(leaf.code(), node.code())) {
                        Optional<BigDecimal> amount = leaf.pagu().stream().filter(p -> p.version() == reported.version())
                                .map(Pagu::amount).findFirst();
                        complete &= amount.isPresent();
                        computed = computed.add(amount.orElse(BigDecimal.ZERO));
                    }
                }
                // leaves that do not carry this budget version leave nothing to compare with
                if (complete && computed.compareTo(reported.amount()) != 0) {
                    findings.add(Finding.of(code(), List.of("budget-node " + s.aggregateId() + " v" + s.version()),
                            Finding.numbers("reported", reported.amount(), "computed", computed, "difference",
                                    computed.subtract(reported.amount())),
                            reported.version(), node.code(), reported.source()));
                }
            }
        }
        return findings;
    }
}
