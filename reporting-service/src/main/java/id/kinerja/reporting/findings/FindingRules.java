package id.kinerja.reporting.findings;

import id.kinerja.reporting.snapshot.AgencyYearSnapshot;

import java.util.ArrayList;
import java.util.List;

/** Every finding rule, in the order their findings are listed. */
public final class FindingRules {

    public static final List<FindingRule> ALL = List.of(new ReportedTotalDiffers(), new PkTotalDiffers(),
            new RenstraEndTargetDiffers(), new PkTargetDiffersFromRenstra(), new QuarterlyTargetsDisagree(),
            new ProvisionalData(), new SpendingAbovePagu(), new PredicateChangedByLateCorrection(),
            new EvaluationCategoryDiffers(), new FollowUpEvidenceReused());

    private FindingRules() {
    }

    public static List<Finding> check(AgencyYearSnapshot snapshot) {
        List<Finding> findings = new ArrayList<>();
        ALL.forEach(rule -> findings.addAll(rule.check(snapshot)));
        return findings;
    }
}
