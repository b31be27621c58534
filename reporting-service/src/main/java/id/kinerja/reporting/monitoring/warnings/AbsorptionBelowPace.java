package id.kinerja.reporting.monitoring.warnings;

import id.kinerja.reporting.findings.Finding;
import id.kinerja.reporting.findings.FindingCode;
import id.kinerja.reporting.monitoring.BudgetOutlook;

import java.util.List;

/** Absorption through the latest quarter is below the pace needed by more than the threshold. */
public final class AbsorptionBelowPace implements WarningRule {

    @Override
    public FindingCode code() {
        return FindingCode.ABSORPTION_BELOW_PACE;
    }

    @Override
    public List<Finding> check(WarningInputs in) {
        BudgetOutlook b = in.budget();
        if (b == null || b.absorption() == null || b.neededAbsorption() == null || b.throughQuarter() == 4
                || b.absorption().add(in.thresholds().absorptionBehindPoints()).compareTo(b.neededAbsorption()) >= 0) {
            return List.of();
        }
        return List.of(Finding.of(code(), List.of(), Finding.numbers("throughQuarter", b.throughQuarter(),
                        "absorption", b.absorption(), "needed", b.neededAbsorption(), "threshold",
                        in.thresholds().absorptionBehindPoints()), b.throughQuarter(), b.absorption().toPlainString(),
                b.neededAbsorption().toPlainString()));
    }
}
