package id.kinerja.reporting.monitoring.warnings;

import id.kinerja.reporting.findings.Finding;
import id.kinerja.reporting.findings.FindingCode;

import java.util.List;

/** An AKIP recommendation is not followed up (DONE) by its due date. */
public final class RecommendationOverdue implements WarningRule {

    @Override
    public FindingCode code() {
        return FindingCode.RECOMMENDATION_OVERDUE;
    }

    @Override
    public List<Finding> check(WarningInputs in) {
        return in.overdue().stream().map(r -> Finding.of(code(), List.of("evaluation " + r.evaluation()),
                Finding.numbers("code", r.code(), "status", r.status(), "dueDate", r.dueDate().toString()),
                r.code(), r.year(), r.status(), r.dueDate())).toList();
    }
}
