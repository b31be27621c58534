package id.kinerja.reporting.findings;

import id.kinerja.events.realisation.EvaluationPayload;
import id.kinerja.reporting.snapshot.AgencyYearSnapshot;
import id.kinerja.reporting.snapshot.Stored;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Different recommendations of one evaluation followed up with the same evidence link: each recommendation asks for
 * its own evidence, so a reused link usually means a placeholder. Evaluations of the year and the year before
 * (whose follow-up the year's LKjIP reports) are checked.
 */
public final class FollowUpEvidenceReused implements FindingRule {

    @Override
    public FindingCode code() {
        return FindingCode.FOLLOW_UP_EVIDENCE_REUSED;
    }

    @Override
    public List<Finding> check(AgencyYearSnapshot snapshot) {
        List<Finding> findings = new ArrayList<>();
        for (Stored<EvaluationPayload> stored : snapshot.evaluations()) {
            EvaluationPayload e = stored.payload();
            if (e.year() < snapshot.year() - 1 || e.year() > snapshot.year()) {
                continue;
            }
            Map<String, TreeSet<String>> byLink = new TreeMap<>();
            for (EvaluationPayload.Recommendation r : e.recommendations()) {
                for (EvaluationPayload.FollowUp f : r.followUps()) {
                    if (f.evidenceUrl() != null) {
                        byLink.computeIfAbsent(f.evidenceUrl().strip(), k -> new TreeSet<>()).add(r.code());
                    }
                }
            }
            byLink.forEach((link, codes) -> {
                if (codes.size() > 1) {
                    String list = String.join(", ", codes);
                    findings.add(Finding.of(code(), List.of("evaluation " + stored.aggregateId() + " v"
                            + stored.version()), Finding.numbers("evidence", link, "recommendations", list,
                            "uses", codes.size()), link, list));
                }
            });
        }
        return findings;
    }
}
