package id.kinerja.reporting.findings;

import id.kinerja.events.plan.PkContent;
import id.kinerja.events.plan.TargetValue;
import id.kinerja.events.planning.IndicatorPayload;
import id.kinerja.events.planning.PkPayload;
import id.kinerja.reporting.snapshot.AgencyYearSnapshot;
import id.kinerja.reporting.snapshot.Stored;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The current PK target of an indicator differs from the Renstra target of the year. */
public final class PkTargetDiffersFromRenstra implements FindingRule {

    @Override
    public FindingCode code() {
        return FindingCode.PK_TARGET_DIFFERS_FROM_RENSTRA;
    }

    @Override
    public List<Finding> check(AgencyYearSnapshot snapshot) {
        List<IndicatorPayload> indicators = snapshot.agencyIndicators().stream().map(Stored::payload).toList();
        List<Finding> findings = new ArrayList<>();
        for (Stored<PkPayload> s : snapshot.pks()) {
            for (PkContent.Indicator i : PkVersions.current(s.payload()).content().indicators()) {
                indicators.stream().filter(x -> x.code().equals(i.indicatorCode())).findFirst().ifPresent(ind -> {
                    TargetValue renstra = ind.targets().stream().filter(t -> Objects.equals(t.year(), snapshot.year()))
                            .findFirst().orElse(null);
                    if (renstra != null && renstra.value() != null && i.target() != null
                            && renstra.value().compareTo(i.target()) != 0) {
                        findings.add(Finding.of(code(), List.of("pk " + s.aggregateId() + " v" + s.version(),
                                        "indicator " + ind.code()),
                                Finding.numbers("pkTarget", i.target(), "renstraTarget", renstra.value()),
                                s.payload().code(), i.indicatorCode(), snapshot.year()));
                    }
                });
            }
        }
        return findings;
    }
}
