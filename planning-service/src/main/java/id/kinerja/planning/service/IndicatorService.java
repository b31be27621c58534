package id.kinerja.planning.service;

import id.kinerja.events.Numbers;
import id.kinerja.events.plan.Direction;
import id.kinerja.events.plan.IndicatorLevel;
import id.kinerja.events.plan.ObjectiveKind;
import id.kinerja.events.plan.TargetValue;
import id.kinerja.events.plan.ValueType;
import id.kinerja.events.planning.IndicatorPayload;
import id.kinerja.planning.domain.BudgetNode;
import id.kinerja.planning.domain.Indicator;
import id.kinerja.planning.domain.Objective;
import id.kinerja.planning.domain.Renstra;
import id.kinerja.planning.rest.input.IndicatorInput;
import id.kinerja.planning.rest.input.TargetInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Indicators of a Renstra with their targets per year. */
@ApplicationScoped
public class IndicatorService {

    @Inject
    RenstraService renstras;
    @Inject
    PlanEvents events;

    @Transactional(Transactional.TxType.MANDATORY)
    public Change upsert(String tenant, String agency, String renstraCode, IndicatorInput in, Conflicts conflicts,
                         String path) {
        Renstra renstra = renstras.get(tenant, agency, renstraCode);
        validate(tenant, agency, renstra, in, conflicts, path);
        if (conflicts.hasErrors()) {
            return Change.UNCHANGED;
        }
        Indicator indicator = Indicator.find(renstra.id, in.code()).orElse(null);
        Change change = indicator == null ? Change.CREATED : Change.UPDATED;
        if (indicator == null) {
            indicator = new Indicator();
            indicator.id = UUID.randomUUID();
            indicator.tenant = tenant;
            indicator.agencyCode = agency;
            indicator.renstraId = renstra.id;
            indicator.code = in.code();
            indicator.version = 0;
        }
        IndicatorPayload before = change == Change.CREATED ? null : PlanEvents.payload(indicator, renstra.code);
        apply(indicator, in);
        if (before != null && before.equals(PlanEvents.payload(indicator, renstra.code))) {
            return Change.UNCHANGED;
        }
        indicator.version++;
        indicator.updatedAt = Instant.now();
        indicator.persist();
        events.indicator(indicator, renstra);
        return change;
    }

    private void apply(Indicator i, IndicatorInput in) {
        i.level = in.level();
        i.parentCode = in.parentCode();
        i.name = in.name();
        i.unit = in.unit();
        i.definition = in.definition();
        i.formula = in.formula();
        i.numeratorDefinition = in.numeratorDefinition();
        i.denominatorDefinition = in.denominatorDefinition();
        i.dataSource = in.dataSource();
        i.direction = in.direction();
        i.rangeLower = Numbers.norm(in.rangeLower());
        i.rangeUpper = Numbers.norm(in.rangeUpper());
        i.aggregation = in.aggregation();
        i.valueType = in.valueType();
        i.categories = in.categories() == null ? List.of() : List.copyOf(in.categories());
        i.iku = Boolean.TRUE.equals(in.iku());
        i.baseline = value(in.baseline());
        i.endTarget = value(in.endTarget());
        List<TargetValue> targets = new ArrayList<>();
        for (TargetInput t : in.targets()) {
            targets.add(value(t));
        }
        targets.sort(Comparator.comparing(TargetValue::year));
        i.targets = targets;
        i.references = in.references() == null ? List.of() : in.references().stream()
                .map(r -> new id.kinerja.events.plan.ReferenceValue(r.year(), r.scope(), Numbers.norm(r.value()),
                        r.source()))
                .sorted(Comparator.comparing(id.kinerja.events.plan.ReferenceValue::year)
                        .thenComparing(id.kinerja.events.plan.ReferenceValue::scope))
                .toList();
    }

    private static TargetValue value(TargetInput t) {
        return t == null ? null : new TargetValue(t.year(), Numbers.norm(t.value()), t.category());
    }

    private void validate(String tenant, String agency, Renstra renstra, IndicatorInput in, Conflicts conflicts,
                          String path) {
        switch (in.level()) {
            case TUJUAN, SASARAN -> {
                ObjectiveKind kind = in.level() == IndicatorLevel.TUJUAN ? ObjectiveKind.TUJUAN : ObjectiveKind.SASARAN;
                if (Objective.find(renstra.id, in.parentCode()).filter(o -> o.kind == kind).isEmpty()) {
                    conflicts.error(Conflicts.path(path, "parentCode"), "unknown " + kind.name().toLowerCase()
                            + " in Renstra " + renstra.code, in.parentCode());
                }
            }
            default -> {
                boolean known = BudgetNode.<BudgetNode>list("tenant = ?1 and agencyCode = ?2 and code = ?3", tenant,
                        agency, in.parentCode()).stream().anyMatch(n -> n.level.name().equals(in.level().name()));
                if (!known) {
                    conflicts.error(Conflicts.path(path, "parentCode"), "unknown " + in.level().name().toLowerCase()
                            + " in the budget tree of agency " + agency, in.parentCode());
                }
            }
        }
        if (in.direction() == Direction.RANGE) {
            if (in.rangeLower() == null || in.rangeUpper() == null) {
                conflicts.error(Conflicts.path(path, in.rangeLower() == null ? "rangeLower" : "rangeUpper"),
                        "a RANGE indicator needs both rangeLower and rangeUpper", null);
            } else if (in.rangeLower().compareTo(in.rangeUpper()) > 0) {
                conflicts.error(Conflicts.path(path, "rangeLower"), "must not be above rangeUpper", in.rangeLower());
            }
        } else if (in.rangeLower() != null || in.rangeUpper() != null) {
            conflicts.error(Conflicts.path(path, "direction"), "range bounds are only for RANGE indicators",
                    in.direction());
        }
        boolean categorical = in.valueType() == ValueType.CATEGORY;
        if (categorical && (in.categories() == null || in.categories().isEmpty())) {
            conflicts.error(Conflicts.path(path, "categories"), "a CATEGORY indicator lists its categories, low to high",
                    null);
        }
        Set<Integer> years = new HashSet<>();
        for (int t = 0; t < in.targets().size(); t++) {
            TargetInput target = in.targets().get(t);
            String at = Conflicts.path(path, "targets[" + t + "]");
            if (target.year() == null) {
                conflicts.error(at + ".year", "required", null);
                continue;
            }
            if (!renstra.covers(target.year())) {
                conflicts.error(at + ".year", "outside the Renstra period " + renstra.periodStart + "-"
                        + renstra.periodEnd, target.year());
            }
            if (!years.add(target.year())) {
                conflicts.error(at + ".year", "duplicate target year", target.year());
            }
            checkValue(target, categorical, in.categories(), conflicts, at);
        }
        if (in.endTarget() != null) {
            checkValue(in.endTarget(), categorical, in.categories(), conflicts, Conflicts.path(path, "endTarget"));
        }
    }

    private static void checkValue(TargetInput target, boolean categorical, List<String> categories,
                                   Conflicts conflicts, String at) {
        if (categorical) {
            if (target.category() == null) {
                conflicts.error(at + ".category", "required for a CATEGORY indicator", null);
            } else if (categories != null && !categories.contains(target.category())) {
                conflicts.error(at + ".category", "not one of " + categories, target.category());
            }
        } else if (target.value() == null) {
            conflicts.error(at + ".value", "required", null);
        }
    }
}
