package id.kinerja.reporting.findings.narrative;

import id.kinerja.reporting.findings.Finding;
import id.kinerja.reporting.findings.FindingCode;
import id.kinerja.reporting.findings.FindingRule;
import id.kinerja.reporting.snapshot.AgencyYearSnapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A narrative calls the year's result by a category word. A label of the tenant's scale other than the computed
 * predicate is {@code NARRATIVE_PREDICATE_DIFFERS}; a word the tenant's scale does not have at all (another
 * scale's "sangat baik" where the scale says "Sangat Tinggi") is {@code NARRATIVE_CATEGORY_NOT_IN_SCALE}.
 */
public final class NarrativePredicateDiffers implements FindingRule {

    private final boolean labelsOfTheScale;

    public NarrativePredicateDiffers() {
        this(true);
    }

    private NarrativePredicateDiffers(boolean labelsOfTheScale) {
        this.labelsOfTheScale = labelsOfTheScale;
    }

    /** The companion rule for category words outside the tenant's scale. */
    public static NarrativePredicateDiffers notInScale() {
        return new NarrativePredicateDiffers(false);
    }

    @Override
    public FindingCode code() {
        return labelsOfTheScale ? FindingCode.NARRATIVE_PREDICATE_DIFFERS : FindingCode.NARRATIVE_CATEGORY_NOT_IN_SCALE;
    }

    @Override
    public List<Finding> check(AgencyYearSnapshot snapshot) {
        NarrativeFacts facts = NarrativeFacts.of(snapshot);
        List<Finding> findings = new ArrayList<>();
        for (NarrativeFacts.Said said : facts.claims) {
            Claim c = said.claim();
            String code = said.narrative().indicatorCode();
            String computed = facts.predicate(code);
            if (c.kind() != Claim.Kind.PREDICATE || computed == null || (c.year() != null && c.year() != facts.year)
                    || facts.scaleLabels.isEmpty()) {
                continue;
            }
            boolean label = facts.scaleLabels.stream().anyMatch(l -> l.equalsIgnoreCase(c.word()));
            if (label && labelsOfTheScale && !computed.equalsIgnoreCase(c.word())) {
                findings.add(NarrativeFinding.of(code(), said, c.word(), computed, Map.of(),
                        said.narrative().field(), code, c.word(), computed, c.sentence()));
            } else if (!label && !labelsOfTheScale) {
                findings.add(NarrativeFinding.of(code(), said, c.word(), computed, Map.of("scale", facts.scaleName),
                        said.narrative().field(), code, c.word(), facts.scaleName, computed, c.sentence()));
            }
        }
        return findings;
    }
}
