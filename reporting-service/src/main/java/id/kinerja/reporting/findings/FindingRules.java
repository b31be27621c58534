package id.kinerja.reporting.findings;

import id.kinerja.reporting.findings.narrative.NarrativeAchievementDiffers;
import id.kinerja.reporting.findings.narrative.NarrativeAmountDiffers;
import id.kinerja.reporting.findings.narrative.NarrativeFigureDiffers;
import id.kinerja.reporting.findings.narrative.NarrativePredicateDiffers;
import id.kinerja.reporting.findings.narrative.NarrativeQuotesTargetAsRealisation;
import id.kinerja.reporting.findings.narrative.NarrativeSaysNotSpent;
import id.kinerja.reporting.findings.narrative.NarrativeTrendDiffers;
import id.kinerja.reporting.snapshot.AgencyYearSnapshot;

import java.util.ArrayList;
import java.util.List;

/** Every finding rule, in the order their findings are listed. */
public final class FindingRules {

    public static final List<FindingRule> ALL = List.of(new ReportedTotalDiffers(), new PkTotalDiffers(),
            new RenstraEndTargetDiffers(), new PkTargetDiffersFromRenstra(), new QuarterlyTargetsDisagree(),
            new ProvisionalData(), new SpendingAbovePagu(), new PredicateChangedByLateCorrection(),
            new EvaluationCategoryDiffers(), new FollowUpEvidenceReused(),
            new NarrativeFigureDiffers(), new NarrativeQuotesTargetAsRealisation(), new NarrativePredicateDiffers(),
            NarrativePredicateDiffers.notInScale(), new NarrativeAchievementDiffers(), new NarrativeTrendDiffers(),
            new NarrativeAmountDiffers(), new NarrativeSaysNotSpent());

    private FindingRules() {
    }

    public static List<Finding> check(AgencyYearSnapshot snapshot) {
        List<Finding> findings = new ArrayList<>();
        ALL.forEach(rule -> findings.addAll(rule.check(snapshot)));
        return findings;
    }
}
