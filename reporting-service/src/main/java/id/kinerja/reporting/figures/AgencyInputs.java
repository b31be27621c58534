package id.kinerja.reporting.figures;

import id.kinerja.events.planning.IndicatorPayload;
import id.kinerja.events.planning.PkPayload;
import id.kinerja.events.planning.RenstraPayload;
import id.kinerja.events.planning.RuleSetPayload;
import id.kinerja.events.realisation.IndicatorRealisationPayload;
import id.kinerja.reporting.engine.Presentation;
import id.kinerja.reporting.snapshot.AgencyYearSnapshot;
import id.kinerja.reporting.snapshot.Stored;

import java.util.List;

/** The part of a snapshot one view of an agency-year's figures is computed from, through a quarter. */
public record AgencyInputs(String tenant, String agency, int year, int through, View view, RuleSetPayload rules,
                           long rulesVersion, Presentation presentation, RenstraPayload renstra,
                           List<Stored<IndicatorPayload>> indicators, List<PkPayload> pks,
                           List<Stored<IndicatorRealisationPayload>> realisations) {

    /** Null when no Renstra covers the year: the agency has no figures for it. */
    public static AgencyInputs of(AgencyYearSnapshot s, View view, int through) {
        RenstraPayload renstra = s.renstra();
        if (renstra == null) {
            return null;
        }
        Stored<RuleSetPayload> rules = s.rulesInForce();
        RuleSetPayload ruleSet = rules == null ? null : rules.payload();
        Presentation presentation = ruleSet == null ? Presentation.DEFAULT
                : new Presentation(ruleSet.roundingMode(), ruleSet.roundingPrecision());
        return new AgencyInputs(s.tenant(), s.agency(), s.year(), through, view, ruleSet,
                rules == null ? 0 : rules.version(), presentation, renstra, s.indicators(), s.pksInLookupOrder(),
                s.realisations());
    }

    /** The same inputs with other realisations (e.g. the approved version before a late correction). */
    public AgencyInputs withRealisations(List<Stored<IndicatorRealisationPayload>> replaced) {
        return new AgencyInputs(tenant, agency, year, through, view, rules, rulesVersion, presentation, renstra,
                indicators, pks, replaced);
    }

    /** Which rules produced the figures; null without rules. */
    public AgencyDashboard.Rules rulesView() {
        if (rules == null) {
            return null;
        }
        return new AgencyDashboard.Rules(rules.effectiveFromYear(), rulesVersion, rules.predicateScale().code(),
                rules.efficiencyRule().name(), rules.roundingMode() + " " + rules.roundingPrecision());
    }
}
