package id.kinerja.planning.service;

import id.kinerja.commons.problem.ProblemException;
import id.kinerja.events.plan.IndicatorLevel;
import id.kinerja.events.plan.PkContent;
import id.kinerja.planning.domain.Pk;
import id.kinerja.planning.domain.PkVersion;
import id.kinerja.planning.domain.Renstra;
import id.kinerja.planning.planversion.PlanVersions;
import id.kinerja.planning.rest.input.BudgetNodeInput;
import id.kinerja.planning.rest.input.IndicatorInput;
import id.kinerja.planning.rest.input.PkInput;
import id.kinerja.planning.rest.input.PlanImportDocument;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Applies a whole agency-year plan document in one transaction, in dependency order (Renstra, tujuan and
 * sasaran, budget tree, indicators, PKs, quarterly targets, rules, profile). Any error rolls everything back; a dry
 * run does all the same work and checks, then rolls back, so its summary is exactly what a real run would do.
 */
@ApplicationScoped
public class PlanImportService {

    @Inject
    RenstraService renstras;
    @Inject
    IndicatorService indicators;
    @Inject
    BudgetService budget;
    @Inject
    PkService pks;
    @Inject
    QuarterlyTargetService quarterlyTargets;
    @Inject
    RuleService rules;
    @Inject
    OrganisationService organisation;
    @Inject
    OrganisationProfileService profiles;
    @Inject
    PlanVersions versions;
    @Inject
    TransactionManager tm;

    @Transactional
    public ImportSummary importPlan(String tenant, String agency, PlanImportDocument doc, boolean dryRun)
            throws Exception {
        organisation.agency(tenant, agency);
        int year = doc.year();
        Conflicts conflicts = new Conflicts();
        Map<String, ImportSummary.Counts> counts = new LinkedHashMap<>();

        String renstraCode = doc.renstra() != null ? doc.renstra().code() : doc.renstraCode();
        if (doc.renstra() != null) {
            count(counts, "renstra", renstras.upsert(tenant, agency, doc.renstra(), conflicts, "renstra"));
            if (!doc.renstra().versions().isEmpty() && doc.renstra().periodStart() != null
                    && (year < doc.renstra().periodStart() || year > doc.renstra().periodEnd())) {
                conflicts.error("year", "outside the Renstra period " + doc.renstra().periodStart() + "-"
                        + doc.renstra().periodEnd(), year);
            }
        }
        conflicts.throwIfAny();
        boolean needsRenstra = notEmpty(doc.objectives()) || notEmpty(doc.indicators());
        if (needsRenstra && (renstraCode == null || Renstra.find(tenant, agency, renstraCode).isEmpty())) {
            throw ProblemException.unprocessable("objectives and indicators need a Renstra", List.of(
                    new id.kinerja.commons.problem.Problem.FieldError("renstraCode",
                            "give a renstra section or the code of an existing Renstra", renstraCode)));
        }
        each(doc.objectives(), "objectives", (o, path) ->
                renstras.upsertObjective(tenant, agency, renstraCode, o, conflicts, path), counts, "objective", conflicts);
        List<IndicatorInput> all = doc.indicators() == null ? List.of() : doc.indicators();
        checkDuplicates(all, IndicatorInput::code, "indicators", "code", conflicts);
        checkDuplicates(doc.budget(), BudgetNodeInput::code, "budget", "code", conflicts);
        checkDuplicates(doc.pks(), PkInput::code, "pks", "code", conflicts);
        conflicts.throwIfAny();
        eachWhere(all, "indicators", i -> isRenstraLevel(i.level()), (i, path) ->
                indicators.upsert(tenant, agency, renstraCode, i, conflicts, path), counts, "indicator", conflicts);
        importBudget(tenant, agency, year, doc.budget(), counts, conflicts);
        eachWhere(all, "indicators", i -> !isRenstraLevel(i.level()), (i, path) ->
                indicators.upsert(tenant, agency, renstraCode, i, conflicts, path), counts, "indicator", conflicts);
        each(doc.pks(), "pks", (p, path) -> pks.upsert(tenant, agency, year, p, conflicts, path), counts, "pk",
                conflicts);
        each(doc.quarterlyTargets(), "quarterlyTargets", (q, path) ->
                quarterlyTargets.upsert(tenant, agency, year, q, conflicts, path), counts, "quarterlyTarget", conflicts);
        if (doc.rules() != null) {
            count(counts, "rules", rules.put(tenant, doc.rules(), conflicts, "rules"));
            conflicts.throwIfAny();
        }
        if (doc.profile() != null) {
            count(counts, "profile", profiles.put(tenant, agency, year, doc.profile(), conflicts, "profile"));
            conflicts.throwIfAny();
        }
        if (doc.pks() != null) {
            for (int p = 0; p < doc.pks().size(); p++) {
                Pk pk = Pk.find(tenant, agency, year, doc.pks().get(p).code()).orElseThrow();
                PkContent content = PkVersion.find(pk.id, pk.currentVersion).orElseThrow().content;
                pks.renstraTargetWarnings(tenant, agency, year, content, conflicts, "pks[" + p + "].content");
            }
        }
        ImportSummary.Counts total = counts.values().stream().reduce(new ImportSummary.Counts(0, 0, 0),
                (a, b) -> new ImportSummary.Counts(a.created() + b.created(), a.updated() + b.updated(),
                        a.unchanged() + b.unchanged()));
        if (dryRun) {
            tm.setRollbackOnly();
        } else {
            Log.infof("plan import %s/%s %d: %d created, %d updated, %d unchanged", tenant, agency, year,
                    total.created(), total.updated(), total.unchanged());
        }
        return new ImportSummary(conflicts.warnings().isEmpty() ? "OK" : "WARNING", dryRun, total, counts,
                conflicts.warnings(), dryRun ? null : versions.current(tenant));
    }

    private static boolean isRenstraLevel(IndicatorLevel level) {
        return level == IndicatorLevel.TUJUAN || level == IndicatorLevel.SASARAN;
    }

    /** The whole budget tree in one set-based step (thousands of nodes in one request). */
    private void importBudget(String tenant, String agency, int year, List<BudgetNodeInput> nodes,
                              Map<String, ImportSummary.Counts> counts, Conflicts conflicts) {
        if (nodes == null || nodes.isEmpty()) {
            return;
        }
        List<BudgetService.Item> items = new java.util.ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            items.add(new BudgetService.Item(nodes.get(i), "budget[" + i + "]"));
        }
        List<Change> changes = budget.upsertAll(tenant, agency, year, items, conflicts);
        conflicts.throwIfAny();
        changes.forEach(change -> count(counts, "budgetNode", change));
    }

    private interface Step<T> {
        Change apply(T item, String path);
    }

    private static <T> void each(List<T> items, String field, Step<T> step, Map<String, ImportSummary.Counts> counts,
                                 String type, Conflicts conflicts) {
        eachWhere(items, field, x -> true, step, counts, type, conflicts);
    }

    private static <T> void eachWhere(List<T> items, String field, java.util.function.Predicate<T> where, Step<T> step,
                                      Map<String, ImportSummary.Counts> counts, String type, Conflicts conflicts) {
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            if (where.test(item)) {
                count(counts, type, step.apply(item, field + "[" + i + "]"));
            }
        }
        conflicts.throwIfAny();
    }

    private static void count(Map<String, ImportSummary.Counts> counts, String type, Change change) {
        counts.merge(type, new ImportSummary.Counts(0, 0, 0).add(change),
                (a, b) -> new ImportSummary.Counts(a.created() + b.created(), a.updated() + b.updated(),
                        a.unchanged() + b.unchanged()));
    }

    private static <T> void checkDuplicates(List<T> items, Function<T, String> key, String field, String property,
                                            Conflicts conflicts) {
        if (items == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String k = key.apply(items.get(i));
            if (k != null && !seen.add(k)) {
                conflicts.error(field + "[" + i + "]." + property, "duplicate code in the document", k);
            }
        }
    }

    private static boolean notEmpty(List<?> list) {
        return list != null && !list.isEmpty();
    }

}
