package id.kinerja.reporting.figures;

import id.kinerja.events.plan.Direction;
import id.kinerja.events.plan.TargetValue;
import id.kinerja.events.planning.IndicatorPayload;
import id.kinerja.events.planning.RenstraPayload;
import id.kinerja.events.realisation.IndicatorRealisationPayload;
import id.kinerja.events.realisation.RealisationStatus;
import id.kinerja.reporting.engine.Capaian;
import id.kinerja.reporting.engine.Figure;
import id.kinerja.reporting.engine.Presentation;
import id.kinerja.reporting.snapshot.AgencyYearSnapshot;
import id.kinerja.reporting.snapshot.Stored;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Per indicator of a dashboard: earlier years of the Renstra period (approved data, capaian recomputed against
 * that year's Renstra target), the Renstra year and end targets with the progress ratio, and the references.
 */
public final class ComparisonCalculator {

    private ComparisonCalculator() {
    }

    public static Map<String, Comparison> of(AgencyYearSnapshot snapshot, AgencyDashboard dashboard) {
        RenstraPayload renstra = snapshot.renstra();
        List<IndicatorPayload> plans = snapshot.indicators().stream().map(Stored::payload).toList();
        Presentation presentation = dashboard.presentation();
        Map<String, Comparison> result = new LinkedHashMap<>();
        dashboard.sasaran().forEach(s -> s.indicators().forEach(figures -> plans.stream()
                .filter(i -> i.code().equals(figures.code())).findFirst().ifPresent(plan -> result.put(figures.code(),
                        comparison(plan, figures, snapshot.year(), presentation,
                                pastYears(snapshot, plan, renstra.periodStart(), presentation))))));
        return result;
    }

    /** The approved annual figure (or the quarters aggregated by the indicator's rule) of each earlier year. */
    public static List<Comparison.PastYear> pastYears(AgencyYearSnapshot snapshot, IndicatorPayload plan, int from,
                                                      Presentation presentation) {
        List<Comparison.PastYear> past = new ArrayList<>();
        for (int y = from; y < snapshot.year(); y++) {
            int pastYear = y;
            List<IndicatorRealisationPayload> own = snapshot.earlierRealisations().getOrDefault(y, List.of()).stream()
                    .filter(r -> r.indicatorCode().equals(plan.code()) && r.status() == RealisationStatus.APPROVED)
                    .toList();
            if (own.isEmpty()) {
                continue;
            }
            Figure realisation = IndicatorCalculator.realisation(plan, own, 4);
            BigDecimal target = plan.targets().stream().filter(t -> Objects.equals(t.year(), pastYear))
                    .map(TargetValue::value).findFirst().orElse(null);
            Figure capaian = Capaian.of(plan.direction(), target, realisation.value(), plan.rangeLower(),
                    plan.rangeUpper());
            past.add(new Comparison.PastYear(y, target, realisation.value(),
                    capaian.computed() ? presentation.round(capaian.value()) : null,
                    presentation.format(capaian.value()), capaian.computed() ? null : capaian.notComputable()));
        }
        return past;
    }

    /** Progress towards the end-of-period target: realisation / end target × 100 (higher is better). */
    public static Comparison comparison(IndicatorPayload plan, AgencyDashboard.Indicator figures, int year,
                                        Presentation presentation, List<Comparison.PastYear> previousYears) {
        BigDecimal yearTarget = plan.targets().stream().filter(t -> Objects.equals(t.year(), year))
                .map(TargetValue::value).findFirst().orElse(null);
        BigDecimal end = Optional.ofNullable(plan.endTarget()).map(TargetValue::value).orElse(null);
        Figure progress = figures.realisation() == null || end == null ? null
                : Capaian.of(Direction.HIGHER_IS_BETTER, end, figures.realisation(), null, null);
        List<Comparison.Reference> references = plan.references().stream().filter(r -> r.year() == year).map(r -> {
            Figure relative = figures.realisation() == null ? null
                    : Capaian.of(plan.direction(), r.value(), figures.realisation(), plan.rangeLower(), plan.rangeUpper());
            return new Comparison.Reference(r.scope().name(), r.value(), r.source(),
                    relative != null && relative.computed() ? presentation.round(relative.value()) : null,
                    relative != null ? presentation.format(relative.value()) : null);
        }).toList();
        return new Comparison(yearTarget, end,
                progress != null && progress.computed() ? presentation.round(progress.value()) : null,
                progress != null ? presentation.format(progress.value()) : null, previousYears, references);
    }
}
