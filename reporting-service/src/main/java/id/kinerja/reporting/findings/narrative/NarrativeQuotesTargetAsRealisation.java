package id.kinerja.reporting.findings.narrative;

import id.kinerja.reporting.findings.Finding;
import id.kinerja.reporting.findings.FindingCode;
import id.kinerja.reporting.findings.FindingRule;
import id.kinerja.reporting.snapshot.AgencyYearSnapshot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A narrative gives as a year's realisation a value that is not the realisation but one of the targets. */
public final class NarrativeQuotesTargetAsRealisation implements FindingRule {

    @Override
    public FindingCode code() {
        return FindingCode.NARRATIVE_QUOTES_TARGET_AS_REALISATION;
    }

    /** Which target the claimed realisation equals ("Renstra target 2023"); null if it is the realisation or none. */
    static String quotedTarget(NarrativeFacts facts, Claim c, String code) {
        BigDecimal realisation = facts.realisation(code, c.year());
        if (realisation == null || Tolerance.agrees(c, realisation) || c.high() != null) {
            return null;
        }
        // the target of the year spoken of first, then any other target of the indicator
        BigDecimal ofYear = facts.target(code, c.year());
        if (ofYear != null && ofYear.compareTo(c.value()) == 0) {
            return "target " + (c.year() == null ? facts.year : c.year());
        }
        return facts.targets(code).entrySet().stream().filter(e -> e.getKey().compareTo(c.value()) == 0)
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    @Override
    public List<Finding> check(AgencyYearSnapshot snapshot) {
        NarrativeFacts facts = NarrativeFacts.of(snapshot);
        List<Finding> findings = new ArrayList<>();
        for (NarrativeFacts.Said said : facts.claims) {
            Claim c = said.claim();
            String code = said.narrative().indicatorCode();
            if (!c.isFigure() || c.role() != Claim.Role.REALISATION || !facts.fitsUnit(c, code)) {
                continue;
            }
            String target = quotedTarget(facts, c, code);
            if (target != null) {
                int year = c.year() == null ? facts.year : c.year();
                BigDecimal computed = facts.realisation(code, c.year());
                findings.add(NarrativeFinding.of(code(), said, c.value(), computed,
                        Map.of("year", year, "target", target), said.narrative().field(), code, c.quoted(), target,
                        year, computed.toPlainString(), c.sentence()));
            }
        }
        return findings;
    }
}
