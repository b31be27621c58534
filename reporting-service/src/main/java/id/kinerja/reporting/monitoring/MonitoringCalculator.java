package id.kinerja.reporting.monitoring;

import id.kinerja.events.plan.Aggregation;
import id.kinerja.events.plan.QuarterMode;
import id.kinerja.events.plan.Quarters;
import id.kinerja.events.planning.BudgetNodePayload;
import id.kinerja.events.planning.IndicatorPayload;
import id.kinerja.events.planning.PkPayload;
import id.kinerja.events.planning.QuarterlyTargetPayload;
import id.kinerja.events.planning.RuleSetPayload;
import id.kinerja.events.realisation.BudgetRealisationPayload;
import id.kinerja.events.realisation.IndicatorRealisationPayload;
import id.kinerja.events.realisation.RealisationStatus;
import id.kinerja.reporting.engine.Capaian;
import id.kinerja.reporting.engine.Figure;
import id.kinerja.reporting.figures.BudgetCalculator;
import id.kinerja.reporting.monitoring.warnings.WarningInputs;
import id.kinerja.reporting.monitoring.warnings.WarningRule;
import id.kinerja.events.realisation.EvaluationPayload;
import id.kinerja.reporting.snapshot.AgencyYearSnapshot;
import id.kinerja.reporting.snapshot.Stored;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An agency-year's monitoring figures at an instant. Expected each quarter: a realisation of every indicator of
 * the year's PKs (the annual figure counts for Q4) and spending of every sub-kegiatan with a pagu. Projections
 * and budget use the data reported so far (submitted, verified or approved). Pure.
 */
public final class MonitoringCalculator {

    private static final Set<RealisationStatus> REPORTED = Set.of(RealisationStatus.SUBMITTED,
            RealisationStatus.VERIFIED, RealisationStatus.APPROVED);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MonitoringCalculator() {
    }

    public static AgencyMonitoring of(MonitoringInputs in, Instant now) {
        AgencyYearSnapshot s = in.snapshot();
        ReportingCalendar calendar = new ReportingCalendar(in.calendar());
        Map<String, BigDecimal> targets = pkTargets(s);
        List<BudgetNodePayload> subKegiatan = BudgetCalculator.leaves(s.nodes()).stream()
                .filter(n -> !n.pagu().isEmpty()).toList();
        List<Compliance.QuarterStatus> quarters = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            Map<ReportingCalendar.Kind, List<Submission>> expected = new EnumMap<>(ReportingCalendar.Kind.class);
            int quarter = q;
            expected.put(ReportingCalendar.Kind.INDICATOR, targets.keySet().stream()
                    .map(code -> submission(in, code, s.realisations().stream().filter(r -> r.payload().indicatorCode()
                            .equals(code) && (r.payload().quarter() == null ? quarter == 4 : r.payload().quarter() == quarter))
                            .toList())).toList());
            expected.put(ReportingCalendar.Kind.BUDGET, subKegiatan.stream()
                    .map(n -> submission(in, n.code(), s.spending().stream().filter(r -> r.payload().subKegiatanCode()
                            .equals(n.code()) && r.payload().quarter() == quarter).toList())).toList());
            quarters.add(Compliance.quarter(calendar, s.year(), q, expected, now));
        }
        List<Projection> projections = new ArrayList<>();
        List<WarningInputs.PlanProgress> progress = new ArrayList<>();
        RuleSetPayload rules = s.rulesInForce() == null ? null : s.rulesInForce().payload();
        for (Stored<IndicatorPayload> stored : s.indicators()) {
            IndicatorPayload i = stored.payload();
            if (!targets.containsKey(i.code())) {
                continue;
            }
            List<IndicatorRealisationPayload> own = s.realisations().stream().map(Stored::payload).toList();
            SortedMap<Integer, BigDecimal> reported = path(own, i.code());
            if (reported.isEmpty()) {
                // only the annual figure (as the seed reports print it): the year is fully reported
                own.stream().filter(r -> r.indicatorCode().equals(i.code()) && r.quarter() == null && r.value() != null
                        && REPORTED.contains(r.status())).findFirst().ifPresent(r -> reported.put(4, r.value()));
            }
            Map<Integer, BigDecimal> planned = planned(s, i);
            Map<Integer, SortedMap<Integer, BigDecimal>> earlier = new TreeMap<>();
            s.earlierRealisations().forEach((year, list) -> {
                SortedMap<Integer, BigDecimal> p = path(list, i.code());
                if (!p.isEmpty()) {
                    earlier.put(year, p);
                }
            });
            projections.add(YearEndProjection.of(new YearEndProjection.Input(i.code(), i.aggregation(), i.direction(),
                    i.valueType(), i.rangeLower(), i.rangeUpper(), targets.get(i.code()), reported, planned, earlier,
                    rules == null ? null : rules.predicateScale())));
            if (!reported.isEmpty() && planned.containsKey(reported.lastKey()) && i.valueType() != id.kinerja.events.plan.ValueType.CATEGORY) {
                int k = reported.lastKey();
                BigDecimal realised = YearEndProjection.yearToDate(i.aggregation(), reported);
                Figure c = Capaian.of(i.direction(), planned.get(k), realised, i.rangeLower(), i.rangeUpper());
                progress.add(new WarningInputs.PlanProgress(i.code(), k, YearEndProjection.norm(realised),
                        planned.get(k), c.computed() ? YearEndProjection.norm(c.value()) : null));
            }
        }
        BudgetOutlook budget = BudgetOutlook.of(subKegiatan.stream().map(BudgetCalculator::paguInForce)
                .reduce(BigDecimal.ZERO, BigDecimal::add), spendingByQuarter(s.spending().stream().map(Stored::payload)
                .filter(b -> REPORTED.contains(b.status())).toList()), in.earlierSpending());
        List<WarningInputs.SubKegiatanProgress> fisik = subKegiatan.stream().map(n -> fisik(s, n))
                .filter(java.util.Objects::nonNull).toList();
        List<id.kinerja.reporting.findings.Finding> warnings = WarningRule.checkAll(new WarningInputs(
                in.calendar().thresholds(), quarters, projections, budget, progress, fisik, overdue(s, now)));
        return new AgencyMonitoring(s.tenant(), s.agency(), s.year(), in.calendar(), quarters, projections, budget,
                warnings);
    }

    /** Recommendations of the agency's evaluations up to the year that are not DONE after their due date. */
    static List<WarningInputs.OverdueRecommendation> overdue(AgencyYearSnapshot s, Instant now) {
        List<WarningInputs.OverdueRecommendation> overdue = new ArrayList<>();
        for (Stored<EvaluationPayload> stored : s.evaluations()) {
            for (EvaluationPayload.Recommendation r : stored.payload().recommendations()) {
                if (r.status() != EvaluationPayload.Status.DONE && r.dueDate() != null
                        && ReportingCalendar.passed(r.dueDate(), now)) {
                    overdue.add(new WarningInputs.OverdueRecommendation(stored.aggregateId(), stored.payload().year(),
                            r.code(), r.status().name(), r.dueDate()));
                }
            }
        }
        return overdue;
    }

    /** The target of each indicator in the current version of the year's PKs (top-level first). */
    static Map<String, BigDecimal> pkTargets(AgencyYearSnapshot s) {
        Map<String, BigDecimal> targets = new LinkedHashMap<>();
        for (PkPayload pk : s.pksInLookupOrder()) {
            pk.versions().stream().filter(v -> v.versionNo() == pk.currentVersion()).findFirst()
                    .ifPresent(v -> v.content().indicators().forEach(i -> targets.putIfAbsent(i.indicatorCode(),
                            i.target())));
        }
        return targets;
    }

    private static <T> Submission submission(MonitoringInputs in, String code, List<Stored<T>> records) {
        if (records.isEmpty()) {
            return new Submission(code, null, null, null, null);
        }
        Stored<T> r = records.get(0);
        String status = r.payload() instanceof IndicatorRealisationPayload p ? p.status().name()
                : ((BudgetRealisationPayload) r.payload()).status().name();
        Map<ReportingCalendar.Step, Instant> at = in.steps().getOrDefault(r.aggregateId(), Map.of());
        return new Submission(code, status, at.get(ReportingCalendar.Step.SUBMITTED),
                at.get(ReportingCalendar.Step.VERIFIED), at.get(ReportingCalendar.Step.APPROVED));
    }

    /** Reported quarterly values of an indicator by quarter. */
    static SortedMap<Integer, BigDecimal> path(List<IndicatorRealisationPayload> realisations, String code) {
        SortedMap<Integer, BigDecimal> path = new TreeMap<>();
        realisations.stream().filter(r -> r.indicatorCode().equals(code) && r.quarter() != null && r.value() != null
                && REPORTED.contains(r.status())).forEach(r -> path.put(r.quarter(), r.value()));
        return path;
    }

    /** The rencana aksi as year-to-date values per quarter (incremental targets summed for CUMULATIVE). */
    static Map<Integer, BigDecimal> planned(AgencyYearSnapshot s, IndicatorPayload i) {
        Map<Integer, BigDecimal> planned = new TreeMap<>();
        for (Stored<QuarterlyTargetPayload> t : s.quarterlyTargets()) {
            if (!t.payload().indicatorCode().equals(i.code())) {
                continue;
            }
            Quarters q = t.payload().quarters();
            BigDecimal[] values = {q.q1(), q.q2(), q.q3(), q.q4()};
            BigDecimal running = BigDecimal.ZERO;
            for (int n = 0; n < 4; n++) {
                if (values[n] == null) {
                    continue;
                }
                running = running.add(values[n]);
                boolean sum = t.payload().mode() == QuarterMode.INCREMENTAL && i.aggregation() == Aggregation.CUMULATIVE;
                planned.put(n + 1, sum ? running : values[n]);
            }
            return planned;
        }
        return planned;
    }

    static SortedMap<Integer, BigDecimal> spendingByQuarter(List<BudgetRealisationPayload> spending) {
        SortedMap<Integer, BigDecimal> byQuarter = new TreeMap<>();
        spending.forEach(b -> byQuarter.merge(b.quarter(), b.amount(), BigDecimal::add));
        return byQuarter;
    }

    private static WarningInputs.SubKegiatanProgress fisik(AgencyYearSnapshot s, BudgetNodePayload node) {
        List<BudgetRealisationPayload> own = s.spending().stream().map(Stored::payload)
                .filter(b -> b.subKegiatanCode().equals(node.code()) && REPORTED.contains(b.status())).toList();
        BigDecimal pagu = BudgetCalculator.paguInForce(node);
        BudgetRealisationPayload latest = own.stream().max(java.util.Comparator.comparingInt(
                BudgetRealisationPayload::quarter)).orElse(null);
        if (latest == null || latest.physicalProgress() == null || pagu.signum() == 0) {
            return null;
        }
        BigDecimal spent = own.stream().map(BudgetRealisationPayload::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new WarningInputs.SubKegiatanProgress(node.code(), latest.quarter(), YearEndProjection.norm(
                spent.multiply(HUNDRED).divide(pagu, 10, RoundingMode.HALF_EVEN)), latest.physicalProgress());
    }
}
