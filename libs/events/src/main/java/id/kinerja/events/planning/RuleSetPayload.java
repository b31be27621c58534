package id.kinerja.events.planning;

import id.kinerja.events.plan.CategoryPolicy;
import id.kinerja.events.plan.EfficiencyRule;
import id.kinerja.events.plan.OrganisationAverage;
import id.kinerja.events.plan.PredicateScale;
import id.kinerja.events.plan.RoundingMode;

/** A tenant's regional rules in force from {@code effectiveFromYear}, at {@code versionNo}. */
public record RuleSetPayload(int effectiveFromYear, int versionNo, PredicateScale predicateScale,
                             EfficiencyRule efficiencyRule, RoundingMode roundingMode, int roundingPrecision,
                             CategoryPolicy categoryPolicy, OrganisationAverage organisationAverage) {
}
