package id.kinerja.reporting.dashboard;

import id.kinerja.events.Numbers;
import id.kinerja.commons.problem.ProblemException;
import id.kinerja.events.EventCatalog;
import id.kinerja.events.plan.BudgetLevel;
import id.kinerja.events.plan.BudgetVersion;
import id.kinerja.events.plan.EfficiencyRule;
import id.kinerja.events.plan.ObjectiveKind;
import id.kinerja.events.plan.OrganisationAverage;
import id.kinerja.events.plan.PkContent;
import id.kinerja.events.plan.TargetValue;
import id.kinerja.events.plan.ValueType;
import id.kinerja.events.planning.BudgetNodePayload;
import id.kinerja.events.planning.IndicatorPayload;
import id.kinerja.events.planning.PkPayload;
import id.kinerja.events.planning.RenstraPayload;
import id.kinerja.events.planning.RuleSetPayload;
import id.kinerja.events.realisation.BudgetRealisationPayload;
import id.kinerja.events.realisation.IndicatorRealisationPayload;
import id.kinerja.events.realisation.RealisationStatus;
import id.kinerja.reporting.engine.Aggregations;
import id.kinerja.reporting.engine.BudgetFigures;
import id.kinerja.reporting.engine.Capaian;
import id.kinerja.reporting.engine.Figure;
import id.kinerja.reporting.engine.Predicates;
import id.kinerja.reporting.engine.Presentation;
import id.kinerja.reporting.engine.QuarterValue;
import id.kinerja.reporting.readmodel.TenantView;
import io.quarkus.panache.common.Sort;
import id.kinerja.events.EventCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Computes an agency-year dashboard on read from the latest states: target from the current PK version
 * (else the Renstra year target), realisation aggregated over the quarters by the indicator's rule (or the
 * annual figure when one was reported), capaian, predicate and rounding from the tenant's rules in force,
 * budget absorption and efficiency per sasaran. Only approved data counts unless asked otherwise.
 */
@ApplicationScoped
public class DashboardService {

    static final Set<RealisationStatus> OFFICIAL = EnumSet.of(RealisationStatus.APPROVED);
    static final Set<RealisationStatus> SUBMITTED = EnumSet.of(RealisationStatus.SUBMITTED, RealisationStatus.VERIFIED,
            RealisationStatus.APPROVED);

    @Inject
    States states;
    @Inject
    jakarta.persistence.EntityManager em;

    /** Everything the figures of one indicator were computed from, and how. */
    public record IndicatorExplanation(String indicator, States.Stored<IndicatorPayload> definition,
                                       String targetSource, BigDecimal target,
                                       List<States.Stored<IndicatorRealisationPayload>> realisations,
                                       Figure realisation, Figure capaian, BigDecimal presented, String printed,
                                       String predicate, AgencyDashboard.Rules rules) {
    }

    private record Context(String tenant, String agency, int year, int through, Set<RealisationStatus> statuses,
                           RuleSetPayload rules, long rulesVersion, Presentation presentation, RenstraPayload renstra,
                           List<States.Stored<IndicatorPayload>> indicators, List<PkPayload> pks,
                           List<States.Stored<IndicatorRealisationPayload>> realisations) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AgencyDashboard agencyYear(String tenant, String agency, int year, int through, boolean officialOnly) {
        Context ctx = context(tenant, agency, year, through, officialOnly);
        List<AgencyDashboard.Sasaran> sasaran = new ArrayList<>();
        Map<String, List<Figure>> capaianBySasaran = new LinkedHashMap<>();
        List<Figure> averaged = new ArrayList<>();
        List<String> averagedCodes = new ArrayList<>();
        Map<String, List<AgencyDashboard.Indicator>> bySasaran = new LinkedHashMap<>();
        for (States.Stored<IndicatorPayload> stored : ctx.indicators()) {
            IndicatorPayload indicator = stored.payload();
            Computed c = compute(ctx, indicator);
            bySasaran.computeIfAbsent(indicator.parentCode(), k -> new ArrayList<>()).add(c.view());
            capaianBySasaran.computeIfAbsent(indicator.parentCode(), k -> new ArrayList<>()).add(c.capaian());
            if (countsInAverage(ctx.rules(), indicator)) {
                averaged.add(c.capaian());
                averagedCodes.add(indicator.code());
            }
        }
        List<BudgetNodePayload> nodes = states.of(tenant, EventCatalog.BUDGET_NODE_UPSERTED, agency, year).stream()
                .map(States.Stored::payload).toList();
        List<BudgetRealisationPayload> spending = states.of(tenant, EventCatalog.BUDGET_REALISATION_UPSERTED, agency,
                        year).stream().map(States.Stored::payload)
                .filter(b -> b.quarter() <= through && ctx.statuses().contains(b.status())).toList();
        AgencyDashboard.Budget budget = budget(ctx, nodes, spending);
        for (RenstraPayload.Objective o : ctx.renstra().objectives()) {
            if (o.kind() != ObjectiveKind.SASARAN && !bySasaran.containsKey(o.code())) {
                continue;
            }
            List<AgencyDashboard.Indicator> indicators = bySasaran.getOrDefault(o.code(), List.of());
            sasaran.add(new AgencyDashboard.Sasaran(o.code(), o.name(), indicators,
                    efficiency(ctx, capaianBySasaran.getOrDefault(o.code(), List.of()), o.code(), nodes, spending)));
        }
        Figure average = BudgetFigures.average(averaged, averagedCodes);
        return new AgencyDashboard(tenant, agency, year, through, officialOnly, rulesView(ctx), sasaran,
                new AgencyDashboard.Average(average.value() == null ? null : ctx.presentation().round(average.value()),
                        ctx.presentation().format(average.value()), averagedCodes, average), budget, null);
    }

    /**
     * Every agency of the tenant that has a Renstra covering the year: its organisation average, the
     * distribution of indicator predicates, and budget absorption, with the pemda totals computed from them.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PemdaDashboard pemdaYear(String tenant, int year, int through, boolean officialOnly) {
        return pemda(tenant, year, through, officialOnly).view();
    }

    /** A pemda's dashboard with the unrounded agency averages it was computed from. */
    private record Pemda(PemdaDashboard view, List<Figure> agencyAverages, List<String> agencies,
                         Presentation presentation) {
    }

    /**
     * Every pemda of a province: each pemda's line as on its own dashboard, the province's average over all
     * their agencies' organisation averages (each agency weighs the same), predicates and absorption.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProvinceDashboard provinceYear(String province, int year, int through, boolean officialOnly) {
        List<TenantView> tenants = TenantView.list("province", Sort.by("code"), province);
        if (tenants.isEmpty()) {
            throw ProblemException.notFound("province", province);
        }
        List<Figure> averages = new ArrayList<>();
        List<String> agencies = new ArrayList<>();
        Map<String, Integer> predicates = new java.util.TreeMap<>();
        List<ProvinceDashboard.PemdaLine> lines = new ArrayList<>();
        BigDecimal pagu = BigDecimal.ZERO;
        BigDecimal spent = BigDecimal.ZERO;
        Presentation presentation = Presentation.DEFAULT;
        for (TenantView tenant : tenants) {
            Pemda p = pemda(tenant.code, year, through, officialOnly);
            averages.addAll(p.agencyAverages());
            p.agencies().forEach(a -> agencies.add(tenant.code + "/" + a));
            p.view().predicateDistribution().forEach((k, v) -> predicates.merge(k, v, Integer::sum));
            pagu = pagu.add(p.view().pagu());
            spent = spent.add(p.view().spent());
            presentation = p.presentation();
            lines.add(new ProvinceDashboard.PemdaLine(tenant.code, tenant.name, p.agencies().size(),
                    p.view().averageCapaian(), p.view().averagePrinted(), p.view().pagu(), p.view().spent(),
                    p.view().absorption()));
        }
        Figure average = BudgetFigures.average(averages, agencies);
        Figure absorption = BudgetFigures.absorption(spent, pagu);
        return new ProvinceDashboard(province, year, through, officialOnly,
                average.computed() ? presentation.round(average.value()) : null, presentation.format(average.value()),
                predicates, Numbers.norm(pagu), Numbers.norm(spent),
                absorption.computed() ? presentation.round(absorption.value()) : null, lines);
    }

    private Pemda pemda(String tenant, int year, int through, boolean officialOnly) {
        List<String> agencies = states.of(tenant, EventCatalog.RENSTRA_UPSERTED, null, null).stream()
                .map(States.Stored::payload).filter(r -> r.periodStart() <= year && r.periodEnd() >= year)
                .map(RenstraPayload::agencyCode).distinct().sorted().toList();
        Map<String, Integer> predicates = new java.util.TreeMap<>();
        List<PemdaDashboard.AgencyLine> lines = new ArrayList<>();
        List<Figure> averages = new ArrayList<>();
        BigDecimal pagu = BigDecimal.ZERO;
        BigDecimal spent = BigDecimal.ZERO;
        Presentation presentation = Presentation.DEFAULT;
        for (String agency : agencies) {
            AgencyDashboard d = agencyYear(tenant, agency, year, through, officialOnly);
            if (d.rules() != null) {
                presentation = d.presentation();
            }
            d.sasaran().forEach(s -> s.indicators().forEach(i -> {
                if (i.predicate() != null) {
                    predicates.merge(i.predicate(), 1, Integer::sum);
                }
            }));
            averages.add(d.organisationAverage().figure());
            pagu = pagu.add(d.budget().pagu());
            spent = spent.add(d.budget().spent());
            lines.add(new PemdaDashboard.AgencyLine(agency, d.organisationAverage().value(),
                    d.organisationAverage().printed(), d.budget().pagu(), d.budget().spent(), d.budget().absorption(),
                    d.organisationAverage().figure().notComputable()));
        }
        Figure average = BudgetFigures.average(averages, agencies);
        Figure absorption = BudgetFigures.absorption(spent, pagu);
        return new Pemda(new PemdaDashboard(tenant, year, through, officialOnly,
                average.computed() ? presentation.round(average.value()) : null, presentation.format(average.value()),
                predicates, Numbers.norm(pagu), Numbers.norm(spent),
                absorption.computed() ? presentation.round(absorption.value()) : null, lines), averages, agencies,
                presentation);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public IndicatorExplanation explain(String tenant, String agency, int year, int through, boolean officialOnly,
                                        String code) {
        Context ctx = context(tenant, agency, year, through, officialOnly);
        States.Stored<IndicatorPayload> stored = ctx.indicators().stream()
                .filter(i -> i.payload().code().equals(code)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("indicator", code));
        Computed c = compute(ctx, stored.payload());
        return new IndicatorExplanation(code, stored, c.view().targetSource(), c.view().target(),
                ctx.realisations().stream().filter(r -> r.payload().indicatorCode().equals(code)).toList(),
                c.realisation(), c.capaian(), c.view().capaian(), c.view().capaianPrinted(), c.view().predicate(),
                rulesView(ctx));
    }

    private record Computed(AgencyDashboard.Indicator view, Figure realisation, Figure capaian) {
    }

    /**
     * Realisations corrected after they had been approved, where the correction moves the indicator's official
     * capaian into another predicate band: the figure a report may already have printed is no longer true.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<Finding> predicateCrossings(String tenant, String agency, int year) {
        Context ctx;
        try {
            ctx = context(tenant, agency, year, 4, true);
        } catch (ProblemException noRenstra) {
            return List.of();
        }
        if (ctx.rules() == null) {
            return List.of();
        }
        Map<String, List<Object[]>> history = new LinkedHashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("""
                        SELECT aggregate_id, version, CAST(payload AS text) FROM approved_history
                        WHERE tenant = :t AND agency_code = :a AND year = :y ORDER BY aggregate_id, version""")
                .setParameter("t", tenant).setParameter("a", agency).setParameter("y", year).getResultList()) {
            history.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add(row);
        }
        List<Finding> findings = new ArrayList<>();
        for (States.Stored<IndicatorRealisationPayload> current : ctx.realisations()) {
            List<Object[]> approvals = history.getOrDefault(current.aggregateId(), List.of());
            if (approvals.size() < 2 || ((Number) approvals.get(approvals.size() - 1)[1]).longValue() != current.version()
                    || current.payload().status() != RealisationStatus.APPROVED) {
                continue;
            }
            Object[] before = approvals.get(approvals.size() - 2);
            IndicatorRealisationPayload earlier = EventCodec.mapper().convertValue(EventCodec.readTree((String) before[2]),
                    IndicatorRealisationPayload.class);
            ctx.indicators().stream().map(States.Stored::payload)
                    .filter(i -> i.code().equals(current.payload().indicatorCode())).findFirst().ifPresent(indicator -> {
                        List<States.Stored<IndicatorRealisationPayload>> replaced = ctx.realisations().stream()
                                .map(r -> r.aggregateId().equals(current.aggregateId())
                                        ? new States.Stored<>(r.aggregateId(), ((Number) before[1]).longValue(), earlier) : r)
                                .toList();
                        Computed now = compute(ctx, indicator);
                        Computed then = compute(new Context(ctx.tenant(), ctx.agency(), ctx.year(), ctx.through(),
                                ctx.statuses(), ctx.rules(), ctx.rulesVersion(), ctx.presentation(), ctx.renstra(),
                                ctx.indicators(), ctx.pks(), replaced), indicator);
                        String was = then.view().predicate();
                        String is = now.view().predicate();
                        if (was != null && is != null && !was.equals(is)) {
                            Map<String, Object> numbers = new LinkedHashMap<>();
                            numbers.put("approvedValue", earlier.value());
                            numbers.put("correctedValue", current.payload().value());
                            numbers.put("approvedCapaian", then.view().capaian());
                            numbers.put("correctedCapaian", now.view().capaian());
                            numbers.put("approvedPredicate", was);
                            numbers.put("correctedPredicate", is);
                            findings.add(new Finding("PREDICATE_CHANGED_BY_LATE_CORRECTION", "HIGH", indicator.code()
                                    + " was corrected after approval and its predicate changed from " + was + " to " + is,
                                    List.of("realisation " + current.aggregateId() + " v" + before[1] + " -> v"
                                            + current.version()), numbers));
                        }
                    });
        }
        return findings;
    }

    private Computed compute(Context ctx, IndicatorPayload indicator) {
        Target target = target(ctx, indicator);
        List<IndicatorRealisationPayload> own = ctx.realisations().stream().map(States.Stored::payload)
                .filter(r -> r.indicatorCode().equals(indicator.code()))
                .filter(r -> ctx.statuses().contains(r.status())).toList();
        Optional<IndicatorRealisationPayload> annual = own.stream().filter(r -> r.quarter() == null).findFirst();
        List<IndicatorRealisationPayload> quarterly = own.stream().filter(r -> r.quarter() != null)
                .sorted(Comparator.comparing(IndicatorRealisationPayload::quarter)).toList();
        Figure realisation = realisation(indicator, own, ctx.through());
        String category = null;
        String status = null;
        Optional<IndicatorRealisationPayload> latest = annual.isPresent() && ctx.through() == 4 ? annual
                : quarterly.isEmpty() ? Optional.empty() : Optional.of(quarterly.get(quarterly.size() - 1));
        if (latest.isPresent()) {
            category = latest.get().category();
            status = latest.get().status().name();
        }
        Figure capaian;
        if (indicator.valueType() == ValueType.CATEGORY) {
            capaian = Capaian.ofCategory(ctx.rules() == null ? null : ctx.rules().categoryPolicy(),
                    indicator.categories(), target.category(), category, null, null);
        } else {
            capaian = Capaian.of(indicator.direction(), target.value(), realisation.value(), indicator.rangeLower(),
                    indicator.rangeUpper());
        }
        BigDecimal presented = capaian.computed() ? ctx.presentation().round(capaian.value()) : null;
        String predicate = capaian.computed() && ctx.rules() != null
                ? Predicates.classify(ctx.rules().predicateScale(), capaian.value()).orElse(null) : null;
        BigDecimal renstraTarget = indicator.targets().stream().filter(t -> Objects.equals(t.year(), ctx.year()))
                .map(TargetValue::value).findFirst().orElse(null);
        List<AgencyDashboard.Trend> trend = quarterly.stream()
                .map(q -> new AgencyDashboard.Trend(q.quarter(), q.value(), q.status().name())).toList();
        AgencyDashboard.Indicator view = new AgencyDashboard.Indicator(indicator.code(), indicator.name(),
                indicator.unit(), indicator.iku(), target.value(), target.category(), target.source(), renstraTarget,
                realisation.value(), category, status, presented, ctx.presentation().format(capaian.value()), predicate,
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

    private record Target(BigDecimal value, String category, String source) {
    }

    /** The current version of a PK (top-level PKs first) that lists the indicator, else the Renstra year target. */
    private static Target target(Context ctx, IndicatorPayload indicator) {
        for (PkPayload pk : ctx.pks()) {
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
        return indicator.targets().stream().filter(t -> Objects.equals(t.year(), ctx.year()))
                .map(t -> new Target(t.value(), t.category(), "Renstra " + ctx.renstra().code() + " target " + ctx.year()))
                .findFirst().orElse(new Target(null, null, "none"));
    }

    private static boolean countsInAverage(RuleSetPayload rules, IndicatorPayload indicator) {
        if (rules == null || rules.organisationAverage() == null
                || rules.organisationAverage().mode() == OrganisationAverage.Mode.IKU) {
            return indicator.iku();
        }
        return rules.organisationAverage().indicatorCodes().contains(indicator.code());
    }

    private AgencyDashboard.Efficiency efficiency(Context ctx, List<Figure> capaians, String sasaranCode,
                                                  List<BudgetNodePayload> nodes, List<BudgetRealisationPayload> spending) {
        List<Figure> computed = capaians.stream().filter(Figure::computed).toList();
        Set<String> programs = new java.util.HashSet<>();
        nodes.stream().filter(n -> sasaranCode.equals(n.sasaranCode()) && n.level() == BudgetLevel.PROGRAM)
                .forEach(n -> programs.add(n.code()));
        if (computed.isEmpty() || programs.isEmpty() || ctx.rules() == null) {
            return null;
        }
        BigDecimal pagu = BigDecimal.ZERO;
        BigDecimal spent = BigDecimal.ZERO;
        for (BudgetNodePayload leaf : leaves(nodes)) {
            if (programs.stream().anyMatch(p -> leaf.code().equals(p) || leaf.code().startsWith(p + "."))) {
                pagu = pagu.add(paguInForce(leaf));
                spent = spent.add(spentOn(leaf.code(), spending));
            }
        }
        Figure serapan = BudgetFigures.absorption(spent, pagu);
        BigDecimal capaian = computed.stream().map(Figure::value).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(computed.size()), MathContext.DECIMAL64);
        if (!serapan.computed()) {
            return null;
        }
        EfficiencyRule rule = ctx.rules().efficiencyRule();
        BudgetFigures.Efficiency e = BudgetFigures.efficiency(rule, capaian, serapan.value());
        return new AgencyDashboard.Efficiency(ctx.presentation().round(capaian), ctx.presentation().round(serapan.value()),
                e.figure().computed() ? ctx.presentation().round(e.figure().value()) : null,
                ctx.presentation().format(e.figure().value()), e.verdict(), rule.name(), Numbers.norm(pagu),
                Numbers.norm(spent), e.figure().computed() ? e.figure().value().round(MathContext.DECIMAL32) : null);
    }

    private AgencyDashboard.Budget budget(Context ctx, List<BudgetNodePayload> nodes,
                                          List<BudgetRealisationPayload> spending) {
        List<BudgetNodePayload> leaves = leaves(nodes);
        BigDecimal pagu = leaves.stream().map(DashboardService::paguInForce).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal spent = leaves.stream().map(l -> spentOn(l.code(), spending)).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<AgencyDashboard.Program> programs = new ArrayList<>();
        for (BudgetNodePayload p : nodes) {
            if (p.level() != BudgetLevel.PROGRAM) {
                continue;
            }
            BigDecimal pp = BigDecimal.ZERO;
            BigDecimal ps = BigDecimal.ZERO;
            for (BudgetNodePayload leaf : leaves) {
                if (leaf.code().equals(p.code()) || leaf.code().startsWith(p.code() + ".")) {
                    pp = pp.add(paguInForce(leaf));
                    ps = ps.add(spentOn(leaf.code(), spending));
                }
            }
            Figure absorption = BudgetFigures.absorption(ps, pp);
            programs.add(new AgencyDashboard.Program(p.code(), p.name(), p.sasaranCode(), Numbers.norm(pp), Numbers.norm(ps),
                    absorption.computed() ? ctx.presentation().round(absorption.value()) : null));
        }
        Figure absorption = BudgetFigures.absorption(spent, pagu);
        boolean anyDppa = leaves.stream().anyMatch(l -> l.pagu().stream().anyMatch(x -> x.version() == BudgetVersion.DPPA));
        return new AgencyDashboard.Budget(Numbers.norm(pagu), anyDppa ? "DPPA" : "DPA", Numbers.norm(spent),
                absorption.computed() ? ctx.presentation().round(absorption.value()) : null,
                ctx.presentation().format(absorption.value()), Presentation.rupiah(pagu), programs);
    }

    /** Nodes without children carry the pagu; totals are their sums. */
    static List<BudgetNodePayload> leaves(List<BudgetNodePayload> nodes) {
        Set<String> parents = new java.util.HashSet<>();
        nodes.forEach(n -> {
            if (n.parentCode() != null) {
                parents.add(n.parentCode());
            }
        });
        return nodes.stream().filter(n -> !parents.contains(n.code())).toList();
    }

    /** The pagu in force of a sub-kegiatan: DPPA when there is one, else DPA (one rule for every service). */
    public static BigDecimal paguInForce(BudgetNodePayload leaf) {
        return id.kinerja.figures.budget.PaguInForce.amount(leaf.pagu());
    }

    static BigDecimal spentOn(String code, List<BudgetRealisationPayload> spending) {
        return spending.stream().filter(s -> s.subKegiatanCode().equals(code)).map(BudgetRealisationPayload::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private Context context(String tenant, String agency, int year, int through, boolean officialOnly) {
        if (through < 1 || through > 4) {
            throw ProblemException.badRequest("through", "a quarter 1-4");
        }
        States.Stored<RuleSetPayload> rules = states.of(tenant, EventCatalog.RULES_UPSERTED, null, null).stream()
                .filter(r -> r.payload().effectiveFromYear() <= year)
                .max(Comparator.comparingInt(r -> r.payload().effectiveFromYear())).orElse(null);
        RuleSetPayload ruleSet = rules == null ? null : rules.payload();
        Presentation presentation = ruleSet == null ? Presentation.DEFAULT
                : new Presentation(ruleSet.roundingMode(), ruleSet.roundingPrecision());
        RenstraPayload renstra = states.of(tenant, EventCatalog.RENSTRA_UPSERTED, agency, null).stream()
                .map(States.Stored::payload).filter(r -> r.periodStart() <= year && r.periodEnd() >= year)
                .max(Comparator.comparingInt(RenstraPayload::periodStart))
                .orElseThrow(() -> ProblemException.notFound("Renstra of agency " + agency + " covering",
                        String.valueOf(year)));
        List<States.Stored<IndicatorPayload>> indicators = states.of(tenant, EventCatalog.INDICATOR_UPSERTED, agency, null)
                .stream().filter(i -> i.payload().renstraCode().equals(renstra.code())).toList();
        List<PkPayload> pks = states.of(tenant, EventCatalog.PK_UPSERTED, agency, year).stream()
                .map(States.Stored::payload).sorted(Comparator.comparing((PkPayload p) -> p.parentCode() != null)
                        .thenComparing(PkPayload::code)).toList();
        List<States.Stored<IndicatorRealisationPayload>> realisations = states.of(tenant,
                EventCatalog.REALISATION_UPSERTED, agency, year);
        return new Context(tenant, agency, year, through, officialOnly ? OFFICIAL : SUBMITTED, ruleSet,
                rules == null ? 0 : rules.version(), presentation, renstra, indicators, pks, realisations);
    }

    private static AgencyDashboard.Rules rulesView(Context ctx) {
        if (ctx.rules() == null) {
            return null;
        }
        RuleSetPayload r = ctx.rules();
        return new AgencyDashboard.Rules(r.effectiveFromYear(), ctx.rulesVersion(), r.predicateScale().code(),
                r.efficiencyRule().name(), r.roundingMode() + " " + r.roundingPrecision());
    }


}
