package id.kinerja.reporting.findings;

import id.kinerja.events.plan.TargetValue;
import id.kinerja.events.planning.IndicatorPayload;
import id.kinerja.reporting.snapshot.AgencyYearSnapshot;
import id.kinerja.reporting.snapshot.Stored;

import java.util.ArrayList;
import java.util.List;

/** The Renstra states two targets for its final year: the end-of-period target and that year's target. */
public final class RenstraEndTargetDiffers implements FindingRule {

    @Override
    public FindingCode code() {
        return FindingCode.RENSTRA_END_TARGET_DIFFERS;
    }

    @Override
    public List<Finding> check(AgencyYearSnapshot snapshot) {
        List<Finding> findings = new ArrayList<>();
        for (Stored<IndicatorPayload> s : snapshot.agencyIndicators()) {
            TargetValue end = s.payload().endTarget();
            if (end == null || end.year() == null || end.value() == null) {
                continue;
            }
            s.payload().targets().stream().filter(t -> end.year().equals(t.year()) && t.value() != null
                    && t.value().compareTo(end.value()) != 0).findFirst().ifPresent(t -> findings.add(Finding.of(code(),
                    List.of("indicator " + s.aggregateId() + " v" + s.version()),
                    Finding.numbers("endTarget", end.value(), "yearTarget", t.value(), "year", end.year()),
                    s.payload().renstraCode(), s.payload().code(), end.year())));
        }
        return findings;
    }
}
