package id.kinerja.reporting.findings;

import id.kinerja.events.realisation.IndicatorRealisationPayload;
import id.kinerja.reporting.snapshot.AgencyYearSnapshot;
import id.kinerja.reporting.snapshot.Stored;

import java.util.ArrayList;
import java.util.List;

/** A realisation of the year is still provisional (data sementara). */
public final class ProvisionalData implements FindingRule {

    @Override
    public FindingCode code() {
        return FindingCode.PROVISIONAL_DATA;
    }

    @Override
    public List<Finding> check(AgencyYearSnapshot snapshot) {
        List<Finding> findings = new ArrayList<>();
        for (Stored<IndicatorRealisationPayload> s : snapshot.realisations()) {
            if (s.payload().provisional()) {
                findings.add(Finding.of(code(), List.of("realisation " + s.aggregateId() + " v" + s.version()),
                        Finding.numbers("value", s.payload().value(), "finalDataExpected",
                                s.payload().finalDataExpected()), s.payload().indicatorCode()));
            }
        }
        return findings;
    }
}
