package id.kinerja.reporting.dashboard;

import id.kinerja.events.Numbers;
import id.kinerja.events.EventCatalog;
import id.kinerja.events.plan.Aggregation;
import id.kinerja.events.plan.BudgetVersion;
import id.kinerja.events.plan.Pagu;
import id.kinerja.events.plan.PkContent;
import id.kinerja.events.plan.QuarterlyTargets;
import id.kinerja.events.plan.ReportedTotal;
import id.kinerja.events.plan.TargetValue;
import id.kinerja.events.planning.BudgetNodePayload;
import id.kinerja.events.planning.IndicatorPayload;
import id.kinerja.events.planning.PkPayload;
import id.kinerja.events.planning.QuarterlyTargetPayload;
import id.kinerja.events.realisation.BudgetRealisationPayload;
import id.kinerja.events.realisation.IndicatorRealisationPayload;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The consistency checker: compares what documents state with what the detailed data computes, and lists
 * every disagreement with the records and numbers involved. Computed on read from the latest states, so a
 * correction that resolves a disagreement makes its finding disappear.
 */
@ApplicationScoped
public class FindingsService {

    @Inject
    States states;
    @Inject
    DashboardService dashboards;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Finding> agencyYear(String tenant, String agency, int year) {
        List<Finding> findings = new ArrayList<>();
        List<States.Stored<BudgetNodePayload>> nodes = states.of(tenant, EventCatalog.BUDGET_NODE_UPSERTED, agency, year);
        reportedTotals(nodes, findings);
        List<States.Stored<PkPayload>> pks = states.of(tenant, EventCatalog.PK_UPSERTED, agency, year);
        List<IndicatorPayload> indicators = states.of(tenant, EventCatalog.INDICATOR_UPSERTED, agency, null).stream()
                .map(States.Stored::payload).toList();
        pkTotals(pks, findings);
        endTargets(states.of(tenant, EventCatalog.INDICATOR_UPSERTED, agency, null), findings);
        pkTargets(pks, indicators, year, findings);
        quarterlyTargets(states.of(tenant, EventCatalog.QUARTERLY_TARGET_UPSERTED, agency, year), pks, indicators,
                findings);
        provisional(states.of(tenant, EventCatalog.REALISATION_UPSERTED, agency, year), findings);
        spendingAbovePagu(nodes, states.of(tenant, EventCatalog.BUDGET_REALISATION_UPSERTED, agency, year), findings);
        findings.addAll(dashboards.predicateCrossings(tenant, agency, year));
        return findings;
    }

    /** A total printed for a node differs from the sum of its leaves' pagu. */
    private static void reportedTotals(List<States.Stored<BudgetNodePayload>> stored, List<Finding> findings) {
        List<BudgetNodePayload> nodes = stored.stream().map(States.Stored::payload).toList();
        List<BudgetNodePayload> leaves = DashboardService.leaves(nodes);
        for (States.Stored<BudgetNodePayload> s : stored) {
            BudgetNodePayload node = s.payload();
            for (ReportedTotal reported : node.reportedPagu()) {
                BigDecimal computed = BigDecimal.ZERO;
                boolean complete = true;
                for (BudgetNodePayload leaf : leaves) {
                    if (leaf.code().equals(node.code()) || leaf.code().startsWith(node.code() + ".")) {
                        Optional<BigDecimal> amount = leaf.pagu().stream().filter(p -> p.version() == reported.version())
                                .map(Pagu::amount).findFirst();
                        complete &= amount.isPresent();
                        computed = computed.add(amount.orElse(BigDecimal.ZERO));
                    }
                }
                if (!complete) {
                    continue; // the leaves do not carry this budget version: nothing to compare with
                }
                if (computed.compareTo(reported.amount()) != 0) {
                    findings.add(new Finding("REPORTED_TOTAL_DIFFERS", "HIGH", reported.version() + " pagu of "
                            + node.code() + " printed in " + reported.source() + " is not the sum of its sub-kegiatan",
                            List.of("budget-node " + s.aggregateId() + " v" + s.version()), numbers("reported",
                            reported.amount(), "computed", computed, "difference", computed.subtract(reported.amount()))));
                }
            }
        }
    }

    /** A PK's stated total is not the sum of its budget lines. */
    private static void pkTotals(List<States.Stored<PkPayload>> pks, List<Finding> findings) {
        for (States.Stored<PkPayload> s : pks) {
            for (PkPayload.Version v : s.payload().versions()) {
                if (v.content().reportedTotal() == null) {
                    continue;
                }
                BigDecimal sum = v.content().budgets().stream().map(PkContent.Budget::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                if (sum.compareTo(v.content().reportedTotal()) != 0) {
                    findings.add(new Finding("PK_TOTAL_DIFFERS", "MEDIUM", "PK " + s.payload().code() + " version "
                            + v.versionNo() + " states a total that is not the sum of its budget lines",
                            List.of("pk " + s.aggregateId() + " v" + s.version()), numbers("reported",
                            v.content().reportedTotal(), "computed", sum, "difference", sum.subtract(v.content().reportedTotal()))));
                }
            }
        }
    }

    /** The Renstra states two targets for its final year: the end-of-period target and that year's target. */
    private static void endTargets(List<States.Stored<IndicatorPayload>> indicators, List<Finding> findings) {
        for (States.Stored<IndicatorPayload> s : indicators) {
            TargetValue end = s.payload().endTarget();
            if (end == null || end.year() == null || end.value() == null) {
                continue;
            }
            s.payload().targets().stream().filter(t -> end.year().equals(t.year()) && t.value() != null
                    && t.value().compareTo(end.value()) != 0).findFirst().ifPresent(t -> findings.add(new Finding(
                    "RENSTRA_END_TARGET_DIFFERS", "MEDIUM", "Renstra " + s.payload().renstraCode() + " gives "
                    + s.payload().code() + " an end-of-period target other than its own " + end.year() + " target",
                    List.of("indicator " + s.aggregateId() + " v" + s.version()),
                    numbers("endTarget", end.value(), "yearTarget", t.value(), "year", end.year()))));
        }
    }

    /** The current PK target differs from the Renstra target of the year. */
    private static void pkTargets(List<States.Stored<PkPayload>> pks, List<IndicatorPayload> indicators, int year,
                                  List<Finding> findings) {
        for (States.Stored<PkPayload> s : pks) {
            for (PkContent.Indicator i : current(s.payload()).content().indicators()) {
                indicators.stream().filter(x -> x.code().equals(i.indicatorCode())).findFirst().ifPresent(ind -> {
                    TargetValue renstra = ind.targets().stream().filter(t -> Objects.equals(t.year(), year))
                            .findFirst().orElse(null);
                    if (renstra != null && renstra.value() != null && i.target() != null
                            && renstra.value().compareTo(i.target()) != 0) {
                        findings.add(new Finding("PK_TARGET_DIFFERS_FROM_RENSTRA", "MEDIUM", "PK " + s.payload().code()
                                + " sets " + i.indicatorCode() + " to a target other than the Renstra " + year + " target",
                                List.of("pk " + s.aggregateId() + " v" + s.version(), "indicator " + ind.code()),
                                numbers("pkTarget", i.target(), "renstraTarget", renstra.value())));
                    }
                });
            }
        }
    }

    /** Rencana aksi quarters that do not add up to the PK's year target under the indicator's aggregation. */
    private static void quarterlyTargets(List<States.Stored<QuarterlyTargetPayload>> targets,
                                         List<States.Stored<PkPayload>> pks, List<IndicatorPayload> indicators,
                                         List<Finding> findings) {
        for (States.Stored<QuarterlyTargetPayload> s : targets) {
            QuarterlyTargetPayload q = s.payload();
            BigDecimal yearTarget = pks.stream().filter(p -> p.payload().code().equals(q.pkCode()))
                    .flatMap(p -> current(p.payload()).content().indicators().stream())
                    .filter(i -> i.indicatorCode().equals(q.indicatorCode())).map(PkContent.Indicator::target)
                    .filter(Objects::nonNull).findFirst().orElse(null);
            Aggregation aggregation = indicators.stream().filter(i -> i.code().equals(q.indicatorCode()))
                    .map(IndicatorPayload::aggregation).findFirst().orElse(Aggregation.CUMULATIVE);
            BigDecimal implied = QuarterlyTargets.impliedYearTarget(aggregation, q.mode(), q.quarters());
            if (yearTarget != null && implied != null && implied.compareTo(yearTarget) != 0) {
                findings.add(new Finding("QUARTERLY_TARGETS_DISAGREE", "MEDIUM", "the rencana aksi of "
                        + q.indicatorCode() + " in PK " + q.pkCode() + " does not reach the year target",
                        List.of("quarterly-target " + s.aggregateId() + " v" + s.version()),
                        numbers("impliedYearTarget", implied, "pkTarget", yearTarget)));
            }
        }
    }

    private static void provisional(List<States.Stored<IndicatorRealisationPayload>> realisations,
                                    List<Finding> findings) {
        for (States.Stored<IndicatorRealisationPayload> s : realisations) {
            if (s.payload().provisional()) {
                findings.add(new Finding("PROVISIONAL_DATA", "LOW", s.payload().indicatorCode()
                        + " is still provisional (data sementara)", List.of("realisation " + s.aggregateId() + " v"
                        + s.version()), numbers("value", s.payload().value(), "finalDataExpected",
                        s.payload().finalDataExpected())));
            }
        }
    }

    private static void spendingAbovePagu(List<States.Stored<BudgetNodePayload>> nodes,
                                          List<States.Stored<BudgetRealisationPayload>> spending,
                                          List<Finding> findings) {
        for (States.Stored<BudgetNodePayload> s : nodes) {
            BudgetNodePayload node = s.payload();
            if (node.pagu().isEmpty()) {
                continue;
            }
            BigDecimal pagu = DashboardService.paguInForce(node);
            BigDecimal spent = DashboardService.spentOn(node.code(), spending.stream().map(States.Stored::payload).toList());
            if (id.kinerja.figures.budget.SpendingAbovePagu.exceeds(spent, pagu)) {
                findings.add(new Finding("SPENDING_ABOVE_PAGU", "HIGH", "spending on " + node.code()
                        + " exceeds its pagu", List.of("budget-node " + s.aggregateId() + " v" + s.version()),
                        numbers("pagu", pagu, "spent", spent, "over", spent.subtract(pagu),
                                "paguVersion", node.pagu().stream().anyMatch(p -> p.version() == BudgetVersion.DPPA)
                                        ? "DPPA" : "DPA")));
            }
        }
    }

    private static PkPayload.Version current(PkPayload pk) {
        return pk.versions().stream().filter(v -> v.versionNo() == pk.currentVersion()).findFirst()
                .orElse(pk.versions().get(pk.versions().size() - 1));
    }

    private static Map<String, Object> numbers(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            Object v = keyValues[i + 1];
            map.put((String) keyValues[i], v instanceof BigDecimal b ? Numbers.norm(b) : v);
        }
        return map;
    }

}
