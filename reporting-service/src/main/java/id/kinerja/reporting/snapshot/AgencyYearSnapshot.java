package id.kinerja.reporting.snapshot;

import id.kinerja.events.planning.BudgetNodePayload;
import id.kinerja.events.planning.IndicatorPayload;
import id.kinerja.events.planning.OrganisationProfilePayload;
import id.kinerja.events.planning.PkPayload;
import id.kinerja.events.planning.QuarterlyTargetPayload;
import id.kinerja.events.planning.RenstraPayload;
import id.kinerja.events.planning.RuleSetPayload;
import id.kinerja.events.realisation.BudgetRealisationPayload;
import id.kinerja.events.realisation.EvaluationPayload;
import id.kinerja.events.realisation.IndicatorRealisationPayload;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Everything the figures of one agency-year depend on, loaded once: the tenant's rule sets, the agency's
 * Renstra and indicators, the year's PK, rencana aksi, realisations, budget tree and spending, the approved
 * history of the year's realisations, the realisations of earlier years (for comparisons), the organisation
 * profiles of the year and earlier (BAB I) and the AKIP evaluations of the agency up to the year (their
 * recommendations stay open across years). Lists keep the
 * state view's order (by aggregate id), so every calculator sees the records in one order.
 */
public record AgencyYearSnapshot(String tenant, String agency, int year, List<Stored<RuleSetPayload>> ruleSets,
                                 List<Stored<RenstraPayload>> renstras, List<Stored<IndicatorPayload>> agencyIndicators,
                                 List<Stored<PkPayload>> pks, List<Stored<QuarterlyTargetPayload>> quarterlyTargets,
                                 List<Stored<IndicatorRealisationPayload>> realisations,
                                 Map<Integer, List<IndicatorRealisationPayload>> earlierRealisations,
                                 List<Stored<BudgetNodePayload>> budgetNodes,
                                 List<Stored<BudgetRealisationPayload>> spending,
                                 Map<String, List<Stored<IndicatorRealisationPayload>>> approvedHistory,
                                 List<Stored<OrganisationProfilePayload>> profiles,
                                 List<Stored<EvaluationPayload>> evaluations) {

    /** Without organisation profiles and evaluations (fixtures of the figures, which do not depend on them). */
    public AgencyYearSnapshot(String tenant, String agency, int year, List<Stored<RuleSetPayload>> ruleSets,
                              List<Stored<RenstraPayload>> renstras, List<Stored<IndicatorPayload>> agencyIndicators,
                              List<Stored<PkPayload>> pks, List<Stored<QuarterlyTargetPayload>> quarterlyTargets,
                              List<Stored<IndicatorRealisationPayload>> realisations,
                              Map<Integer, List<IndicatorRealisationPayload>> earlierRealisations,
                              List<Stored<BudgetNodePayload>> budgetNodes,
                              List<Stored<BudgetRealisationPayload>> spending,
                              Map<String, List<Stored<IndicatorRealisationPayload>>> approvedHistory) {
        this(tenant, agency, year, ruleSets, renstras, agencyIndicators, pks, quarterlyTargets, realisations,
                earlierRealisations, budgetNodes, spending, approvedHistory, List.of(), List.of());
    }

    /** The profile as of the year: the year's own, else the latest earlier one; null if none. */
    public Stored<OrganisationProfilePayload> profile() {
        return profiles.stream().filter(p -> p.payload().year() <= year)
                .max(Comparator.comparingInt(p -> p.payload().year())).orElse(null);
    }

    /** The rule set in force for the year: the latest one effective from the year or earlier; null if none. */
    public Stored<RuleSetPayload> rulesInForce() {
        return ruleSets.stream().filter(r -> r.payload().effectiveFromYear() <= year)
                .max(Comparator.comparingInt(r -> r.payload().effectiveFromYear())).orElse(null);
    }

    /** The Renstra covering the year (the latest starting one if several); null: the agency has no figures. */
    public RenstraPayload renstra() {
        return renstras.stream().map(Stored::payload).filter(r -> r.periodStart() <= year && r.periodEnd() >= year)
                .max(Comparator.comparingInt(RenstraPayload::periodStart)).orElse(null);
    }

    /** The indicators of the covering Renstra. */
    public List<Stored<IndicatorPayload>> indicators() {
        RenstraPayload renstra = renstra();
        return renstra == null ? List.of() : agencyIndicators.stream()
                .filter(i -> i.payload().renstraCode().equals(renstra.code())).toList();
    }

    /** Top-level PKs first, then by code: the order in which a target is looked up. */
    public List<PkPayload> pksInLookupOrder() {
        return pks.stream().map(Stored::payload).sorted(Comparator.comparing((PkPayload p) -> p.parentCode() != null)
                .thenComparing(PkPayload::code)).toList();
    }

    public List<BudgetNodePayload> nodes() {
        return budgetNodes.stream().map(Stored::payload).toList();
    }

    /** Every input with its version, in one order: what the figures were computed from. */
    public List<String> inputVersions() {
        List<String> inputs = new java.util.ArrayList<>();
        for (List<? extends Stored<?>> list : List.of(ruleSets, renstras, agencyIndicators, pks, quarterlyTargets,
                realisations, budgetNodes, spending, profiles, evaluations)) {
            list.forEach(s -> inputs.add(s.aggregateId() + "@" + s.version()));
        }
        return inputs;
    }
}
