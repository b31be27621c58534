package id.kinerja.reporting.findings.narrative;

import id.kinerja.reporting.findings.Finding;
import id.kinerja.reporting.findings.FindingCode;
import id.kinerja.reporting.findings.FindingRule;
import id.kinerja.reporting.snapshot.AgencyYearSnapshot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** "Target tercapai" below 100 % capaian, "tidak tercapai" at 100 % or more, "melampaui target" at 100 % or less. */
public final class NarrativeAchievementDiffers implements FindingRule {

    private static final BigDecimal FULL = BigDecimal.valueOf(100);

    @Override
    public FindingCode code() {
        return FindingCode.NARRATIVE_ACHIEVEMENT_DIFFERS;
    }

    @Override
    public List<Finding> check(AgencyYearSnapshot snapshot) {
        NarrativeFacts facts = NarrativeFacts.of(snapshot);
        List<Finding> findings = new ArrayList<>();
        for (NarrativeFacts.Said said : facts.claims) {
            Claim c = said.claim();
            String code = said.narrative().indicatorCode();
            BigDecimal capaian = facts.capaian(code, c.year());
            if (capaian == null) {
                continue;
            }
            int vsFull = capaian.compareTo(FULL);
            boolean contradicts = switch (c.kind()) {
                case ACHIEVED -> vsFull < 0;
                case NOT_ACHIEVED -> vsFull >= 0;
                case EXCEEDED -> vsFull <= 0;
                default -> false;
            };
            if (contradicts) {
                findings.add(NarrativeFinding.of(code(), said, c.word(), capaian, Map.of(),
                        said.narrative().field(), code, c.word(), capaian.toPlainString(), c.sentence()));
            }
        }
        return findings;
    }
}
