package id.kinerja.reporting.lkjip;

import id.kinerja.events.EventCatalog;
import id.kinerja.events.plan.ObjectiveKind;
import id.kinerja.events.plan.PkContent;
import id.kinerja.events.plan.TargetValue;
import id.kinerja.events.planning.IndicatorPayload;
import id.kinerja.events.planning.PkPayload;
import id.kinerja.events.planning.RenstraPayload;
import id.kinerja.events.realisation.IndicatorRealisationPayload;
import id.kinerja.reporting.dashboard.AgencyDashboard;
import id.kinerja.reporting.dashboard.DashboardService;
import id.kinerja.reporting.dashboard.FindingsService;
import id.kinerja.reporting.dashboard.States;
import id.kinerja.events.plan.Direction;
import id.kinerja.events.realisation.RealisationStatus;
import id.kinerja.reporting.engine.Capaian;
import id.kinerja.reporting.engine.Figure;
import id.kinerja.reporting.engine.Presentation;
import id.kinerja.events.planning.BudgetNodePayload;
import id.kinerja.events.realisation.BudgetRealisationPayload;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Assembles the LKjIP summary from the read models and the dashboard figures (one engine, no second sums). */
@ApplicationScoped
public class LkjipService {

    @Inject
    States states;
    @Inject
    DashboardService dashboards;
    @Inject
    FindingsService findings;

    @Transactional(Transactional.TxType.SUPPORTS)
    public LkjipSummary agencyYear(String tenant, String agency, int year) throws Exception {
        AgencyDashboard dashboard = dashboards.agencyYear(tenant, agency, year, 4, true);
        MessageDigest sources = MessageDigest.getInstance("SHA-256");
        RenstraPayload renstra = states.of(tenant, EventCatalog.RENSTRA_UPSERTED, agency, null).stream()
                .peek(s -> stamp(sources, s)).map(States.Stored::payload)
                .filter(r -> r.periodStart() <= year && r.periodEnd() >= year)
                .max((a, b) -> Integer.compare(a.periodStart(), b.periodStart())).orElseThrow();
        List<IndicatorPayload> indicators = states.of(tenant, EventCatalog.INDICATOR_UPSERTED, agency, null).stream()
                .peek(s -> stamp(sources, s)).map(States.Stored::payload)
                .filter(i -> i.renstraCode().equals(renstra.code())).toList();
        List<PkPayload> pks = states.of(tenant, EventCatalog.PK_UPSERTED, agency, year).stream()
                .peek(s -> stamp(sources, s)).map(States.Stored::payload).toList();
        List<IndicatorRealisationPayload> realisations = states.of(tenant, EventCatalog.REALISATION_UPSERTED, agency,
                year).stream().peek(s -> stamp(sources, s)).map(States.Stored::payload).toList();
        List<BudgetNodePayload> nodes = states.of(tenant, EventCatalog.BUDGET_NODE_UPSERTED, agency, year).stream()
                .peek(s -> stamp(sources, s)).map(States.Stored::payload).toList();
        List<BudgetRealisationPayload> spending = states.of(tenant, EventCatalog.BUDGET_REALISATION_UPSERTED, agency,
                year).stream().peek(s -> stamp(sources, s)).map(States.Stored::payload)
                .filter(b -> b.status() == id.kinerja.events.realisation.RealisationStatus.APPROVED).toList();
        states.of(tenant, EventCatalog.RULES_UPSERTED, null, null).forEach(s -> stamp(sources, s));

        LkjipSummary.ChapterII chapterII = new LkjipSummary.ChapterII(renstra(renstra, indicators),
                pks.stream().map(LkjipService::pk).toList());
        Presentation presentation = dashboard.presentation();
        List<LkjipSummary.SasaranResult> sasaran = new ArrayList<>();
        for (AgencyDashboard.Sasaran s : dashboard.sasaran()) {
            List<LkjipSummary.IndicatorResult> results = new ArrayList<>();
            for (AgencyDashboard.Indicator figures : s.indicators()) {
                IndicatorPayload plan = indicators.stream().filter(i -> i.code().equals(figures.code())).findFirst()
                        .orElseThrow();
                results.add(new LkjipSummary.IndicatorResult(figures, comparison(plan, figures, year, presentation,
                        pastYears(tenant, agency, plan, renstra.periodStart(), year, presentation)),
                        narrative(realisations, figures.code())));
            }
            sasaran.add(new LkjipSummary.SasaranResult(s.code(), s.name(), results, s.efficiency()));
        }
        String version = HexFormat.of().formatHex(sources.digest()).substring(0, 16);
        return new LkjipSummary(tenant, agency, year, version, Instant.now(), chapterII,
                new LkjipSummary.ChapterIII(sasaran, dashboard.organisationAverage(), dashboard.budget(),
                        RfkTable.of(nodes, spending, presentation), dashboard.rules()),
                findings.agencyYear(tenant, agency, year));
    }

    private static void stamp(MessageDigest digest, States.Stored<?> stored) {
        digest.update((stored.aggregateId() + "@" + stored.version() + ";").getBytes(StandardCharsets.UTF_8));
    }

    private static LkjipSummary.Renstra renstra(RenstraPayload r, List<IndicatorPayload> indicators) {
        List<LkjipSummary.Tujuan> tujuan = r.objectives().stream().filter(o -> o.kind() == ObjectiveKind.TUJUAN)
                .map(t -> new LkjipSummary.Tujuan(t.code(), t.name(), plans(indicators, t.code()),
                        r.objectives().stream().filter(s -> s.kind() == ObjectiveKind.SASARAN
                                        && t.code().equals(s.parentCode()))
                                .map(s -> new LkjipSummary.Sasaran(s.code(), s.name(), plans(indicators, s.code())))
                                .toList()))
                .toList();
        return new LkjipSummary.Renstra(r.code(), r.title(), r.periodStart(), r.periodEnd(), r.legalBasis(),
                r.versions().stream().map(v -> v.versionNo() + " " + v.kind()
                        + (v.decreeNumber() == null ? "" : " (" + v.decreeNumber() + ")")).toList(), tujuan);
    }

    private static List<LkjipSummary.IndicatorPlan> plans(List<IndicatorPayload> indicators, String parent) {
        return indicators.stream().filter(i -> parent.equals(i.parentCode()))
                .map(i -> new LkjipSummary.IndicatorPlan(i.code(), i.name(), i.unit(), i.iku(), i.formula(),
                        i.dataSource(), i.targets(), i.endTarget()))
                .toList();
    }

    private static LkjipSummary.Pk pk(PkPayload pk) {
        return new LkjipSummary.Pk(pk.code(), pk.title(), pk.signer(), pk.counterSigner(), pk.parentCode(),
                pk.status().name(), pk.versions().stream().map(v -> new LkjipSummary.PkVersion(v.versionNo(),
                        v.kind().name(), v.dated(), v.reason(),
                        v.content().indicators().stream().map(i -> new LkjipSummary.PkTarget(i.indicatorCode(),
                                i.target(), i.targetCategory())).toList(),
                        v.content().budgets().stream().map(b -> new LkjipSummary.PkBudget(b.budgetCode(), b.amount()))
                                .toList(),
                        v.content().budgets().stream().map(PkContent.Budget::amount).reduce(BigDecimal.ZERO,
                                BigDecimal::add),
                        v.content().reportedTotal())).toList());
    }

    /** The approved annual figure (or the quarters aggregated by the indicator's rule) of each earlier year. */
    private List<LkjipSummary.PastYear> pastYears(String tenant, String agency, IndicatorPayload plan, int from,
                                                  int year, Presentation presentation) {
        List<LkjipSummary.PastYear> past = new ArrayList<>();
        for (int y = from; y < year; y++) {
            int pastYear = y;
            List<IndicatorRealisationPayload> own = states.of(tenant, EventCatalog.REALISATION_UPSERTED, agency, y)
                    .stream().map(States.Stored::payload)
                    .filter(r -> r.indicatorCode().equals(plan.code()) && r.status() == RealisationStatus.APPROVED)
                    .toList();
            if (own.isEmpty()) {
                continue;
            }
            Figure realisation = DashboardService.realisation(plan, own, 4);
            BigDecimal target = plan.targets().stream().filter(t -> Objects.equals(t.year(), pastYear))
                    .map(TargetValue::value).findFirst().orElse(null);
            Figure capaian = Capaian.of(plan.direction(), target, realisation.value(), plan.rangeLower(),
                    plan.rangeUpper());
            past.add(new LkjipSummary.PastYear(y, target, realisation.value(),
                    capaian.computed() ? presentation.round(capaian.value()) : null,
                    presentation.format(capaian.value()), capaian.computed() ? null : capaian.notComputable()));
        }
        return past;
    }

    /** Per indicator of a dashboard: earlier years (approved, capaian recomputed), Renstra year and end targets. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<String, LkjipSummary.Comparison> comparisons(String tenant, String agency, int year,
                                                                      AgencyDashboard dashboard) {
        RenstraPayload renstra = states.of(tenant, EventCatalog.RENSTRA_UPSERTED, agency, null).stream()
                .map(States.Stored::payload).filter(r -> r.periodStart() <= year && r.periodEnd() >= year)
                .max((a, b) -> Integer.compare(a.periodStart(), b.periodStart())).orElseThrow();
        List<IndicatorPayload> plans = states.of(tenant, EventCatalog.INDICATOR_UPSERTED, agency, null).stream()
                .map(States.Stored::payload).filter(i -> i.renstraCode().equals(renstra.code())).toList();
        Presentation presentation = dashboard.presentation();
        java.util.Map<String, LkjipSummary.Comparison> result = new java.util.LinkedHashMap<>();
        dashboard.sasaran().forEach(s -> s.indicators().forEach(figures -> plans.stream()
                .filter(i -> i.code().equals(figures.code())).findFirst().ifPresent(plan -> result.put(figures.code(),
                        comparison(plan, figures, year, presentation,
                                pastYears(tenant, agency, plan, renstra.periodStart(), year, presentation))))));
        return result;
    }

    /** Progress towards the end-of-period target: realisation / end target × 100 (higher is better). */
    private static LkjipSummary.Comparison comparison(IndicatorPayload plan, AgencyDashboard.Indicator figures,
                                                      int year, Presentation presentation,
                                                      List<LkjipSummary.PastYear> previousYears) {
        BigDecimal yearTarget = plan.targets().stream().filter(t -> Objects.equals(t.year(), year))
                .map(TargetValue::value).findFirst().orElse(null);
        BigDecimal end = Optional.ofNullable(plan.endTarget()).map(TargetValue::value).orElse(null);
        Figure progress = figures.realisation() == null || end == null ? null
                : Capaian.of(Direction.HIGHER_IS_BETTER, end, figures.realisation(), null, null);
        List<LkjipSummary.Reference> references = plan.references().stream().filter(r -> r.year() == year).map(r -> {
            Figure relative = figures.realisation() == null ? null
                    : Capaian.of(plan.direction(), r.value(), figures.realisation(), plan.rangeLower(), plan.rangeUpper());
            return new LkjipSummary.Reference(r.scope().name(), r.value(), r.source(),
                    relative != null && relative.computed() ? presentation.round(relative.value()) : null,
                    relative != null ? presentation.format(relative.value()) : null);
        }).toList();
        return new LkjipSummary.Comparison(yearTarget, end,
                progress != null && progress.computed() ? presentation.round(progress.value()) : null,
                progress != null ? presentation.format(progress.value()) : null, previousYears, references);
    }

    private static LkjipSummary.Narrative narrative(List<IndicatorRealisationPayload> realisations, String code) {
        return realisations.stream().filter(r -> r.indicatorCode().equals(code))
                .max((a, b) -> Integer.compare(a.quarter() == null ? 5 : a.quarter(), b.quarter() == null ? 5 : b.quarter()))
                .map(r -> new LkjipSummary.Narrative(r.drivingFactors(), r.inhibitingFactors(), r.followUp(),
                        r.provisional()))
                .orElse(null);
    }
}
