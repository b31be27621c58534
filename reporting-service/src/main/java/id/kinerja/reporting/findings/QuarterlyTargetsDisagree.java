package id.kinerja.reporting.findings;

import id.kinerja.events.plan.Aggregation;
import id.kinerja.events.plan.PkContent;
import id.kinerja.events.plan.QuarterlyTargets;
import id.kinerja.events.planning.IndicatorPayload;
import id.kinerja.events.planning.QuarterlyTargetPayload;
import id.kinerja.reporting.snapshot.AgencyYearSnapshot;
import id.kinerja.reporting.snapshot.Stored;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Rencana aksi quarters that do not add up to the PK's year target under the indicator's aggregation. */
public final class QuarterlyTargetsDisagree implements FindingRule {

    @Override
    public FindingCode code() {
        return FindingCode.QUARTERLY_TARGETS_DISAGREE;
    }

    @Override
    public List<Finding> check(AgencyYearSnapshot snapshot) {
        List<Finding> findings = new ArrayList<>();
        for (Stored<QuarterlyTargetPayload> s : snapshot.quarterlyTargets()) {
            QuarterlyTargetPayload q = s.payload();
            BigDecimal yearTarget = snapshot.pks().stream().filter(p -> p.payload().code().equals(q.pkCode()))
                    .flatMap(p -> PkVersions.current(p.payload()).content().indicators().stream())
                    .filter(i -> i.indicatorCode().equals(q.indicatorCode())).map(PkContent.Indicator::target)
                    .filter(Objects::nonNull).findFirst().orElse(null);
            Aggregation aggregation = snapshot.agencyIndicators().stream().map(Stored::payload)
                    .filter(i -> i.code().equals(q.indicatorCode())).map(IndicatorPayload::aggregation).findFirst()
                    .orElse(Aggregation.CUMULATIVE);
            BigDecimal implied = QuarterlyTargets.impliedYearTarget(aggregation, q.mode(), q.quarters());
            if (yearTarget != null && implied != null && implied.compareTo(yearTarget) != 0) {
                findings.add(Finding.of(code(), List.of("quarterly-target " + s.aggregateId() + " v" + s.version()),
                        Finding.numbers("impliedYearTarget", implied, "pkTarget", yearTarget),
                        q.indicatorCode(), q.pkCode()));
            }
        }
        return findings;
    }
}
