package id.kinerja.reporting.findings;

import id.kinerja.events.planning.IndicatorPayload;
import id.kinerja.events.realisation.IndicatorRealisationPayload;
import id.kinerja.events.realisation.RealisationStatus;
import id.kinerja.reporting.figures.AgencyInputs;
import id.kinerja.reporting.figures.IndicatorCalculator;
import id.kinerja.reporting.figures.View;
import id.kinerja.reporting.snapshot.AgencyYearSnapshot;
import id.kinerja.reporting.snapshot.Stored;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A realisation corrected after it had been approved, where the correction moves the indicator's official
 * capaian into another predicate band: the figure a report may already have printed is no longer true.
 */
public final class PredicateChangedByLateCorrection implements FindingRule {

    @Override
    public FindingCode code() {
        return FindingCode.PREDICATE_CHANGED_BY_LATE_CORRECTION;
    }

    @Override
    public List<Finding> check(AgencyYearSnapshot snapshot) {
        AgencyInputs in = AgencyInputs.of(snapshot, View.OFFICIAL, 4);
        if (in == null || in.rules() == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (Stored<IndicatorRealisationPayload> current : in.realisations()) {
            List<Stored<IndicatorRealisationPayload>> approvals = snapshot.approvedHistory()
                    .getOrDefault(current.aggregateId(), List.of());
            if (approvals.size() < 2 || approvals.get(approvals.size() - 1).version() != current.version()
                    || current.payload().status() != RealisationStatus.APPROVED) {
                continue;
            }
            Stored<IndicatorRealisationPayload> before = approvals.get(approvals.size() - 2);
            in.indicators().stream().map(Stored::payload)
                    .filter(i -> i.code().equals(current.payload().indicatorCode())).findFirst()
                    .ifPresent(indicator -> crossing(in, indicator, current, before).ifPresent(findings::add));
        }
        return findings;
    }

    private java.util.Optional<Finding> crossing(AgencyInputs in, IndicatorPayload indicator,
                                                 Stored<IndicatorRealisationPayload> current,
                                                 Stored<IndicatorRealisationPayload> before) {
        List<Stored<IndicatorRealisationPayload>> replaced = in.realisations().stream()
                .map(r -> r.aggregateId().equals(current.aggregateId()) ? before : r).toList();
        IndicatorCalculator.Computed now = IndicatorCalculator.compute(in, indicator);
        IndicatorCalculator.Computed then = IndicatorCalculator.compute(in.withRealisations(replaced), indicator);
        String was = then.view().predicate();
        String is = now.view().predicate();
        if (was == null || is == null || was.equals(is)) {
            return java.util.Optional.empty();
        }
        Map<String, Object> numbers = new LinkedHashMap<>();
        numbers.put("approvedValue", before.payload().value());
        numbers.put("correctedValue", current.payload().value());
        numbers.put("approvedCapaian", then.view().capaian());
        numbers.put("correctedCapaian", now.view().capaian());
        numbers.put("approvedPredicate", was);
        numbers.put("correctedPredicate", is);
        return java.util.Optional.of(Finding.of(code(), List.of("realisation " + current.aggregateId() + " v"
                + before.version() + " -> v" + current.version()), numbers, indicator.code(), was, is));
    }
}
