package id.kinerja.reporting.findings;

import id.kinerja.events.realisation.EvaluationPayload;
import id.kinerja.figures.evaluation.AkipScale;
import id.kinerja.reporting.snapshot.AgencyYearSnapshot;
import id.kinerja.reporting.snapshot.Stored;

import java.util.ArrayList;
import java.util.List;

/** The AKIP evaluation of the year states a category its score does not give on the PermenPAN-RB scale. */
public final class EvaluationCategoryDiffers implements FindingRule {

    @Override
    public FindingCode code() {
        return FindingCode.EVALUATION_CATEGORY_DIFFERS;
    }

    @Override
    public List<Finding> check(AgencyYearSnapshot snapshot) {
        List<Finding> findings = new ArrayList<>();
        for (Stored<EvaluationPayload> stored : snapshot.evaluations()) {
            EvaluationPayload e = stored.payload();
            if (e.year() != snapshot.year() || e.score() == null || e.category() == null) {
                continue;
            }
            String onScale = AkipScale.categoryOf(e.score());
            if (!onScale.equals(e.category())) {
                findings.add(Finding.of(code(), List.of("evaluation " + stored.aggregateId() + " v" + stored.version()),
                        Finding.numbers("score", e.score(), "category", e.category(), "categoryOfScore", onScale),
                        e.year(), e.score(), e.category(), onScale));
            }
        }
        return findings;
    }
}
