package id.kinerja.reporting.findings.narrative;

import id.kinerja.reporting.findings.Finding;
import id.kinerja.reporting.findings.FindingCode;
import id.kinerja.reporting.findings.FindingRule;
import id.kinerja.reporting.snapshot.AgencyYearSnapshot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A sentence naming a budget node quotes its pagu, its spending (Rupiah) or its absorption (%) other than
 * the computed one: pagu in force and spending summed over its sub-kegiatan, absorption = spent / pagu x 100.
 */
public final class NarrativeAmountDiffers implements FindingRule {

    @Override
    public FindingCode code() {
        return FindingCode.NARRATIVE_AMOUNT_DIFFERS;
    }

    @Override
    public List<Finding> check(AgencyYearSnapshot snapshot) {
        NarrativeFacts facts = NarrativeFacts.of(snapshot);
        List<Finding> findings = new ArrayList<>();
        for (NarrativeFacts.Said said : facts.claims) {
            Claim c = said.claim();
            if (!c.isFigure() || (c.year() != null && c.year() != facts.year)) {
                continue;
            }
            facts.nodeNamedIn(c.sentence()).ifPresent(node -> {
                BigDecimal computed = computed(facts, c, node.code());
                if (computed != null && !Tolerance.agrees(c, computed)) {
                    // compared unrounded, shown as the dashboards show absorption (two decimals)
                    BigDecimal shown = c.kind() == Claim.Kind.PERCENT
                            ? computed.setScale(2, java.math.RoundingMode.HALF_UP) : computed;
                    String role = c.kind() == Claim.Kind.PERCENT ? "absorption"
                            : c.role() == Claim.Role.PAGU ? "pagu" : "spending";
                    findings.add(NarrativeFinding.of(code(), said, c.value(), shown,
                            Map.of("budgetNode", node.code(), "role", role), said.narrative().field(),
                            said.narrative().indicatorCode(), role, node.name() + " (" + node.code() + ")", c.quoted(),
                            shown.toPlainString(), c.sentence()));
                }
            });
        }
        return findings;
    }

    private static BigDecimal computed(NarrativeFacts facts, Claim c, String node) {
        if (c.kind() == Claim.Kind.RUPIAH) {
            return switch (c.role()) {
                case PAGU -> facts.paguOf(node);
                case REALISATION, ABSORPTION -> facts.spentOn(node);
                default -> null;
            };
        }
        return c.kind() == Claim.Kind.PERCENT && c.role() == Claim.Role.ABSORPTION ? facts.absorptionOf(node) : null;
    }
}
