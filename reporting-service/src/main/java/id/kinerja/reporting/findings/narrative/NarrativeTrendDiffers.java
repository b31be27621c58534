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

/** "Meningkat / menurun dibanding tahun lalu" where the computed capaian (or realisation) of the years moved the other way. */
public final class NarrativeTrendDiffers implements FindingRule {

    @Override
    public FindingCode code() {
        return FindingCode.NARRATIVE_TREND_DIFFERS;
    }

    @Override
    public List<Finding> check(AgencyYearSnapshot snapshot) {
        NarrativeFacts facts = NarrativeFacts.of(snapshot);
        List<Finding> findings = new ArrayList<>();
        for (NarrativeFacts.Said said : facts.claims) {
            Claim c = said.claim();
            if (c.kind() != Claim.Kind.INCREASED && c.kind() != Claim.Kind.DECREASED) {
                continue;
            }
            String code = said.narrative().indicatorCode();
            boolean capaian = c.role() == Claim.Role.CAPAIAN;
            BigDecimal now = capaian ? facts.capaian(code, c.year()) : facts.realisation(code, c.year());
            BigDecimal before = capaian ? facts.capaian(code, c.comparedYear()) : facts.realisation(code, c.comparedYear());
            if (now == null || before == null) {
                continue;
            }
            int moved = now.compareTo(before);
            if ((c.kind() == Claim.Kind.INCREASED && moved < 0) || (c.kind() == Claim.Kind.DECREASED && moved > 0)) {
                String what = capaian ? "capaian" : "realisation";
                findings.add(NarrativeFinding.of(code(), said, c.word(), now, Map.of("quantity", what, "year", c.year(),
                                "comparedYear", c.comparedYear(), "before", before),
                        said.narrative().field(), code, what, c.word().toLowerCase(Locale.ROOT), c.comparedYear(),
                        c.year(), before.toPlainString(), now.toPlainString(), c.sentence()));
            }
        }
        return findings;
    }
}
