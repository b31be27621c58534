package id.kinerja.planning.service;

import id.kinerja.events.Numbers;
import id.kinerja.commons.problem.ProblemException;
import id.kinerja.events.plan.CategoryPolicy;
import id.kinerja.events.plan.OrganisationAverage;
import id.kinerja.events.plan.PredicateScale;
import id.kinerja.planning.domain.RuleSet;
import id.kinerja.planning.rest.input.RuleSetInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Regional rules: every change is a new version; the rules in force for a year are looked up by year. */
@ApplicationScoped
public class RuleService {

    @Inject
    OrganisationService organisation;
    @Inject
    PlanEvents events;

    @Transactional(Transactional.TxType.MANDATORY)
    public Change put(String tenant, RuleSetInput in, Conflicts conflicts, String path) {
        organisation.tenant(tenant);
        PredicateScale scale = scale(in, conflicts, path);
        if (conflicts.hasErrors()) {
            return Change.UNCHANGED;
        }
        CategoryPolicy policy = in.categoryPolicy() == null ? CategoryPolicy.REACHED_IS_100 : in.categoryPolicy();
        OrganisationAverage average = in.organisationAverage() == null
                ? new OrganisationAverage(OrganisationAverage.Mode.IKU, List.of()) : in.organisationAverage().toEvent();
        RuleSet latest = RuleSet.latest(tenant, in.effectiveFromYear()).orElse(null);
        if (latest != null && latest.predicateScale.equals(scale) && latest.efficiencyRule == in.efficiencyRule()
                && latest.roundingMode == in.roundingMode() && latest.roundingPrecision == in.roundingPrecision()
                && latest.categoryPolicy == policy && latest.organisationAverage.equals(average)
                && Objects.equals(latest.note, in.note())) {
            return Change.UNCHANGED;
        }
        RuleSet rules = new RuleSet();
        rules.id = UUID.randomUUID();
        rules.tenant = tenant;
        rules.effectiveFromYear = in.effectiveFromYear();
        rules.versionNo = latest == null ? 1 : latest.versionNo + 1;
        rules.predicateScale = scale;
        rules.efficiencyRule = in.efficiencyRule();
        rules.roundingMode = in.roundingMode();
        rules.roundingPrecision = in.roundingPrecision();
        rules.categoryPolicy = policy;
        rules.organisationAverage = average;
        rules.note = in.note();
        rules.createdAt = Instant.now();
        rules.persist();
        events.rules(rules);
        return latest == null ? Change.CREATED : Change.UPDATED;
    }

    public RuleSet inForce(String tenant, int year) {
        organisation.tenant(tenant);
        return RuleSet.inForce(tenant, year)
                .orElseThrow(() -> ProblemException.notFound("rules in force in", String.valueOf(year)));
    }

    private PredicateScale scale(RuleSetInput in, Conflicts conflicts, String path) {
        if ((in.predicateScale() == null) == (in.predicateScalePreset() == null)) {
            conflicts.error(Conflicts.path(path, "predicateScale"), "give either predicateScale or predicateScalePreset "
                    + PredicateScales.PRESETS.keySet(), null);
            return null;
        }
        if (in.predicateScalePreset() != null) {
            PredicateScale preset = PredicateScales.preset(in.predicateScalePreset()).orElse(null);
            if (preset == null) {
                conflicts.error(Conflicts.path(path, "predicateScalePreset"), "unknown preset; one of "
                        + PredicateScales.PRESETS.keySet(), in.predicateScalePreset());
            }
            return preset;
        }
        RuleSetInput.Scale s = in.predicateScale();
        PredicateScale scale = new PredicateScale(s.code(), s.name(), s.bands().stream()
                .map(b -> new PredicateScale.Band(b.label(), Numbers.norm(b.lower()), b.lowerInclusive(),
                        Numbers.norm(b.upper()), b.upperInclusive()))
                .toList());
        for (String problem : PredicateScales.problems(scale)) {
            conflicts.error(Conflicts.path(path, "predicateScale.bands"), problem, null);
        }
        return scale;
    }

}
