package id.kinerja.reporting.figures;

import id.kinerja.events.plan.PkContent;
import id.kinerja.events.plan.TargetValue;
import id.kinerja.events.plan.ValueType;
import id.kinerja.events.planning.IndicatorPayload;
import id.kinerja.events.planning.PkPayload;
import id.kinerja.events.realisation.IndicatorRealisationPayload;
import id.kinerja.reporting.engine.Aggregations;
import id.kinerja.reporting.engine.Capaian;
import id.kinerja.reporting.engine.Figure;
import id.kinerja.reporting.engine.Predicates;
import id.kinerja.reporting.engine.QuarterValue;
import id.kinerja.reporting.snapshot.Stored;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An indicator's figures: target from the current PK version (else the Renstra year target), realisation
 * aggregated over the quarters by the indicator's rule (or the annual figure when one was reported), capaian,
 * predicate and rounding from the rules in force. Pure: inputs in, figures out.
 */
public final class IndicatorCalculator {

    private IndicatorCalculator() {
    }

    /** The figures of one indicator with the unrounded realisation and capaian they were presented from. */
    public record Computed(AgencyDashboard.Indicator view, Figure realisation, Figure capaian) {
    }

    /** Where the target came from. */
    public record Target(BigDecimal value, String category, String source) {
    }

    public static Computed compute(AgencyInputs in, IndicatorPayload indicator) {
        Target target = target(in, indicator);
        List<IndicatorRealisationPayload> own = in.realisations().stream().map(Stored::payload)
                .filter(r -> r.indicatorCode().equals(indicator.code()))
                .filter(r -> in.view().counts(r.status())).toList();
        Optional<IndicatorRealisationPayload> annual = own.stream().filter(r -> r.quarter() == null).findFirst();
        List<IndicatorRealisationPayload> quarterly = own.stream().filter(r -> r.quarter() != null)
                .sorted(Comparator.comparing(IndicatorRealisationPayload::quarter)).toList();
        Figure realisation = realisation(indicator, own, in.through());
        Optional<IndicatorRealisationPayload> latest = annual.isPresent() && in.through() == 4 ? annual
                : quarterly.isEmpty() ? Optional.empty() : Optional.of(quarterly.get(quarterly.size() - 1));
        String category = latest.map(IndicatorRealisationPayload::category).orElse(null);
        String status = latest.map(r -> r.status().name()).orElse(null);
        Figure capaian = indicator.valueType() == ValueType.CATEGORY
                ? Capaian.ofCategory(in.rules() == null ? null : in.rules().categoryPolicy(), indicator.categories(),
                        target.category(), category, null, null)
                : Capaian.of(indicator.direction(), target.value(), realisation.value(), indicator.rangeLower(),
                        indicator.rangeUpper());
        BigDecimal presented = capaian.computed() ? in.presentation().round(capaian.value()) : null;
        String predicate = capaian.computed() && in.rules() != null
                ? Predicates.classify(in.rules().predicateScale(), capaian.value()).orElse(null) : null;
        BigDecimal renstraTarget = indicator.targets().stream().filter(t -> Objects.equals(t.year(), in.year()))
                .map(TargetValue::value).findFirst().orElse(null);
        List<AgencyDashboard.Trend> trend = quarterly.stream()
                .map(q -> new AgencyDashboard.Trend(q.quarter(), q.value(), q.status().name())).toList();
        AgencyDashboard.Indicator view = new AgencyDashboard.Indicator(indicator.code(), indicator.name(),
                indicator.unit(), indicator.iku(), target.value(), target.category(), target.source(), renstraTarget,
                realisation.value(), category, status, presented, in.presentation().format(capaian.value()), predicate,
                capaian.computed() ? null : capaian.notComputable(), trend);
        return new Computed(view, realisation, capaian);
    }

    /**
     * The realisation of a year through a quarter: the annual figure when one was reported (for the whole
     * year), else the quarters aggregated by the indicator's rule.
     */
    public static Figure realisation(IndicatorPayload indicator, List<IndicatorRealisationPayload> own, int through) {
        Optional<IndicatorRealisationPayload> annual = own.stream().filter(r -> r.quarter() == null).findFirst();
        if (annual.isPresent() && through == 4) {
            IndicatorRealisationPayload a = annual.get();
            return Figure.of(a.value(), "annual figure as reported", "year = " + a.value(),
                    Map.of("record", a.agencyCode() + "/" + a.indicatorCode() + "/" + a.year() + "/Y"));
        }
        return Aggregations.yearToDate(indicator.aggregation(), own.stream().filter(r -> r.quarter() != null)
                        .map(q -> new QuarterValue(q.quarter(), q.value(), q.numerator(), q.denominator())).toList(),
                through, indicator.valueType() == ValueType.PERCENTAGE);
    }

    /** The current version of a PK (top-level PKs first) that lists the indicator, else the Renstra year target. */
    public static Target target(AgencyInputs in, IndicatorPayload indicator) {
        for (PkPayload pk : in.pks()) {
            PkPayload.Version current = pk.versions().stream().filter(v -> v.versionNo() == pk.currentVersion())
                    .findFirst().orElse(null);
            if (current == null) {
                continue;
            }
            for (PkContent.Indicator i : current.content().indicators()) {
                if (i.indicatorCode().equals(indicator.code())) {
                    return new Target(i.target(), i.targetCategory(), "PK " + pk.code() + " version " + current.versionNo());
                }
            }
        }
        return indicator.targets().stream().filter(t -> Objects.equals(t.year(), in.year()))
                .map(t -> new Target(t.value(), t.category(), "Renstra " + in.renstra().code() + " target " + in.year()))
                .findFirst().orElse(new Target(null, null, "none"));
    }
}
