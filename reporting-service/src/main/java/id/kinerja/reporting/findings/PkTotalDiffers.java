package id.kinerja.reporting.findings;

import id.kinerja.events.plan.PkContent;
import id.kinerja.events.planning.PkPayload;
import id.kinerja.reporting.snapshot.AgencyYearSnapshot;
import id.kinerja.reporting.snapshot.Stored;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A PK version's stated total is not the sum of its budget lines. */
public final class PkTotalDiffers implements FindingRule {

    @Override
    public FindingCode code() {
        return FindingCode.PK_TOTAL_DIFFERS;
    }

    @Override
    public List<Finding> check(AgencyYearSnapshot snapshot) {
        List<Finding> findings = new ArrayList<>();
        for (Stored<PkPayload> s : snapshot.pks()) {
            for (PkPayload.Version v : s.payload().versions()) {
                BigDecimal stated = v.content().reportedTotal();
                if (stated == null) {
                    continue;
                }
                BigDecimal sum = v.content().budgets().stream().map(PkContent.Budget::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                if (sum.compareTo(stated) != 0) {
                    findings.add(Finding.of(code(), List.of("pk " + s.aggregateId() + " v" + s.version()),
                            Finding.numbers("reported", stated, "computed", sum, "difference", sum.subtract(stated)),
                            s.payload().code(), v.versionNo()));
                }
            }
        }
        return findings;
    }
}
