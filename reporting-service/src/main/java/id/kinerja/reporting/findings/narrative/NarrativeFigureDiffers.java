package id.kinerja.reporting.findings.narrative;

import id.kinerja.reporting.findings.Finding;
import id.kinerja.reporting.findings.FindingCode;
import id.kinerja.reporting.findings.FindingRule;
import id.kinerja.reporting.snapshot.AgencyYearSnapshot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A narrative states a realisation, capaian or target of its indicator (percentage, or a count in the
 * indicator's unit) that the computed figure of that year does not round to. A realisation that is one of the
 * indicator's targets is {@link NarrativeQuotesTargetAsRealisation}'s.
 */
public final class NarrativeFigureDiffers implements FindingRule {

    @Override
    public FindingCode code() {
        return FindingCode.NARRATIVE_FIGURE_DIFFERS;
    }

    @Override
    public List<Finding> check(AgencyYearSnapshot snapshot) {
        NarrativeFacts facts = NarrativeFacts.of(snapshot);
        List<Finding> findings = new ArrayList<>();
        for (NarrativeFacts.Said said : facts.claims) {
            Claim c = said.claim();
            String code = said.narrative().indicatorCode();
            if (!c.isFigure() || !facts.fitsUnit(c, code)) {
                continue;
            }
            BigDecimal computed = switch (c.role()) {
                case REALISATION -> facts.realisation(code, c.year());
                case CAPAIAN -> facts.capaian(code, c.year());
                case TARGET -> facts.target(code, c.year());
                case END_TARGET -> facts.endTarget(code);
                default -> null;
            };
            if (computed == null || Tolerance.agrees(c, computed)
                    || (c.role() == Claim.Role.REALISATION && NarrativeQuotesTargetAsRealisation.quotedTarget(facts, c, code) != null)) {
                continue;
            }
            int year = c.year() == null ? facts.year : c.year();
            String role = c.role().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            findings.add(NarrativeFinding.of(code(), said, c.value(), computed, Map.of("role", role, "year", year),
                    said.narrative().field(), code, role, c.quoted(), year, computed.toPlainString(), c.sentence()));
        }
        return findings;
    }
}
