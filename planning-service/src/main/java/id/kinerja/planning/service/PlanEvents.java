package id.kinerja.planning.service;

import id.kinerja.events.EventCatalog;
import id.kinerja.events.EventEnvelope;
import id.kinerja.events.EventPeriod;
import id.kinerja.events.planning.BudgetNodePayload;
import id.kinerja.events.planning.IndicatorPayload;
import id.kinerja.events.planning.PkPayload;
import id.kinerja.events.planning.QuarterlyTargetPayload;
import id.kinerja.events.planning.RenstraPayload;
import id.kinerja.events.planning.RuleSetPayload;
import id.kinerja.planning.domain.BudgetNode;
import id.kinerja.planning.domain.Indicator;
import id.kinerja.planning.domain.Objective;
import id.kinerja.planning.domain.Pk;
import id.kinerja.planning.domain.PkVersion;
import id.kinerja.planning.domain.QuarterlyTarget;
import id.kinerja.planning.domain.Renstra;
import id.kinerja.planning.domain.RenstraVersion;
import id.kinerja.planning.domain.RuleSet;
import id.kinerja.planning.planversion.PlanOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** Builds the state-carrying payload of each plan aggregate and appends its event to the outbox. */
@ApplicationScoped
public class PlanEvents {

    @Inject
    PlanOutbox outbox;

    public static RenstraPayload payload(Renstra r) {
        List<RenstraPayload.Version> versions = RenstraVersion.of(r.id).stream()
                .map(v -> new RenstraPayload.Version(v.versionNo, v.kind, v.decreeNumber, v.decreeDate, v.note))
                .toList();
        return new RenstraPayload(r.agencyCode, r.code, r.title, r.periodStart, r.periodEnd, r.legalBasis,
                r.currentVersion, versions, objectives(r));
    }

    public static List<RenstraPayload.Objective> objectives(Renstra r) {
        return Objective.of(r.id).stream()
                .map(o -> new RenstraPayload.Objective(o.kind, o.code, o.parentCode, o.name)).toList();
    }

    public static IndicatorPayload payload(Indicator i, String renstraCode) {
        return new IndicatorPayload(i.agencyCode, renstraCode, i.code, i.level, i.parentCode, i.name, i.unit,
                i.definition, i.formula, i.numeratorDefinition, i.denominatorDefinition, i.dataSource, i.direction,
                i.rangeLower, i.rangeUpper, i.aggregation, i.valueType, i.categories, i.iku, i.baseline, i.endTarget,
                i.targets, i.references);
    }

    public static BudgetNodePayload payload(BudgetNode n) {
        return new BudgetNodePayload(n.agencyCode, n.fiscalYear, n.level, n.code, n.parentCode, n.name, n.sasaranCode,
                n.indicatorCodes, n.pagu, n.reportedPagu);
    }

    public static PkPayload payload(Pk pk) {
        List<PkPayload.Version> versions = PkVersion.of(pk.id).stream()
                .map(v -> new PkPayload.Version(v.versionNo, v.kind, v.dated, v.reason, v.signedAt, v.content))
                .toList();
        return new PkPayload(pk.agencyCode, pk.year, pk.code, pk.title, pk.signer, pk.counterSigner, pk.parentCode,
                pk.status, pk.currentVersion, versions);
    }

    public static QuarterlyTargetPayload payload(QuarterlyTarget q) {
        return new QuarterlyTargetPayload(q.agencyCode, q.year, q.pkCode, q.indicatorCode, q.mode, q.quarters);
    }

    public static RuleSetPayload payload(RuleSet r) {
        return new RuleSetPayload(r.effectiveFromYear, r.versionNo, r.predicateScale, r.efficiencyRule, r.roundingMode,
                r.roundingPrecision, r.categoryPolicy, r.organisationAverage);
    }

    void renstra(Renstra r) {
        outbox.append(EventEnvelope.of(EventCatalog.RENSTRA_UPSERTED, r.tenant, r.agencyCode + "/" + r.code, r.version,
                null, payload(r)));
    }

    void indicator(Indicator i, Renstra r) {
        outbox.append(EventEnvelope.of(EventCatalog.INDICATOR_UPSERTED, i.tenant,
                i.agencyCode + "/" + r.code + "/" + i.code, i.version, null, payload(i, r.code)));
    }

    /** The events of many budget nodes as one outbox batch on the transaction's connection (plan imports). */
    void budgetNodes(List<BudgetNode> nodes) {
        List<EventEnvelope> envelopes = nodes.stream().map(n -> EventEnvelope.of(EventCatalog.BUDGET_NODE_UPSERTED,
                n.tenant, n.agencyCode + "/" + n.fiscalYear + "/" + n.code, n.version, EventPeriod.year(n.fiscalYear),
                payload(n))).toList();
        outbox.appendBatch(envelopes);
    }

    void pk(Pk pk) {
        outbox.append(EventEnvelope.of(EventCatalog.PK_UPSERTED, pk.tenant, pk.agencyCode + "/" + pk.year + "/" + pk.code,
                pk.version, EventPeriod.year(pk.year), payload(pk)));
    }

    void quarterlyTarget(QuarterlyTarget q) {
        outbox.append(EventEnvelope.of(EventCatalog.QUARTERLY_TARGET_UPSERTED, q.tenant,
                q.agencyCode + "/" + q.year + "/" + q.pkCode + "/" + q.indicatorCode, q.version,
                EventPeriod.year(q.year), payload(q)));
    }

    void rules(RuleSet r) {
        outbox.append(EventEnvelope.of(EventCatalog.RULES_UPSERTED, r.tenant, String.valueOf(r.effectiveFromYear),
                r.versionNo, EventPeriod.year(r.effectiveFromYear), payload(r)));
    }
}
