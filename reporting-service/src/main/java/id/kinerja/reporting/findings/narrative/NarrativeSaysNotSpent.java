package id.kinerja.reporting.findings.narrative;

import id.kinerja.reporting.findings.Finding;
import id.kinerja.reporting.findings.FindingCode;
import id.kinerja.reporting.findings.FindingRule;
import id.kinerja.reporting.snapshot.AgencyYearSnapshot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A sentence naming a budget node says it was not spent ("tidak terserap", "tidak dilakukan") while spending on it is recorded. */
public final class NarrativeSaysNotSpent implements FindingRule {

    @Override
    public FindingCode code() {
        return FindingCode.NARRATIVE_SAYS_NOT_SPENT;
    }

    @Override
    public List<Finding> check(AgencyYearSnapshot snapshot) {
        NarrativeFacts facts = NarrativeFacts.of(snapshot);
        List<Finding> findings = new ArrayList<>();
        for (NarrativeFacts.Said said : facts.claims) {
            Claim c = said.claim();
            if (c.kind() != Claim.Kind.NOT_SPENT) {
                continue;
            }
            facts.nodeNamedIn(c.sentence()).ifPresent(node -> {
                BigDecimal spent = facts.spentOn(node.code());
                if (spent.signum() > 0) {
                    findings.add(NarrativeFinding.of(code(), said, c.word(), spent, Map.of("budgetNode", node.code()),
                            said.narrative().field(), said.narrative().indicatorCode(), node.name() + " (" + node.code() + ")",
                            spent.toPlainString(), c.sentence()));
                }
            });
        }
        return findings;
    }
}
