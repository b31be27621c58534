package id.kinerja.realisation.service;

import id.kinerja.events.Numbers;
import id.kinerja.commons.outbox.OutboxWriter;
import id.kinerja.commons.problem.ProblemException;
import id.kinerja.events.realisation.IndicatorRealisationPayload;
import id.kinerja.events.realisation.RealisationStatus;
import id.kinerja.events.EventCatalog;
import id.kinerja.events.EventEnvelope;
import id.kinerja.events.EventPeriod;
import id.kinerja.events.realisation.BudgetRealisationPayload;
import id.kinerja.realisation.domain.BudgetRealisation;
import id.kinerja.realisation.domain.IndicatorRealisation;
import jakarta.enterprise.context.ApplicationScoped;
import id.kinerja.commons.security.Caller;
import id.kinerja.commons.security.Roles;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * draft -> submitted -> verified -> approved, or returned with a comment (and corrected, which makes it a
 * draft again). Only approved values are official; every transition is audited and published.
 */
@ApplicationScoped
public class WorkflowService {

    public enum Action {
        SUBMIT(EnumSet.of(RealisationStatus.DRAFT, RealisationStatus.RETURNED), RealisationStatus.SUBMITTED),
        VERIFY(EnumSet.of(RealisationStatus.SUBMITTED), RealisationStatus.VERIFIED),
        APPROVE(EnumSet.of(RealisationStatus.VERIFIED), RealisationStatus.APPROVED),
        RETURN(EnumSet.of(RealisationStatus.SUBMITTED, RealisationStatus.VERIFIED), RealisationStatus.RETURNED);

        final Set<RealisationStatus> from;
        final RealisationStatus to;

        Action(Set<RealisationStatus> from, RealisationStatus to) {
            this.from = from;
            this.to = to;
        }
    }

    public record TransitionResult(Action action, RealisationStatus to, int changed, int skipped) {
    }

    @Inject
    Caller caller;
    @Inject
    EntityManager em;
    @Inject
    OutboxWriter outbox;

    /** The agency submits its own data; verifiers (or admins) verify, approve and return what they oversee. */
    private static void authorise(Caller caller, String tenant, String agency, Action action) {
        boolean admin = caller.has(Roles.ADMIN);
        boolean allowed = action == Action.SUBMIT ? admin || caller.has(Roles.REPORTER) : admin || caller.has(Roles.VERIFIER);
        if (!allowed) {
            throw new ProblemException(403, "Forbidden", action + " needs the role " + (action == Action.SUBMIT
                    ? "reporter" : "verifier") + " (or admin)", List.of());
        }
        if (!caller.mayActFor(tenant, agency)) {
            throw new ProblemException(403, "Forbidden", "outside the caller's agencies", List.of(
                    new id.kinerja.commons.problem.Problem.FieldError("agencyCode", "outside the caller's agencies",
                            agency)));
        }
    }

    /**
     * Moves every realisation of the agency's period that can move: indicator realisations (optionally only
     * the listed indicators) and, for a quarter, the budget realisations of that quarter.
     */
    @Transactional
    public TransitionResult transition(String tenant, String agency, int year, Integer quarter, List<String> indicators,
                                       Action action, String comment, String actor) {
        authorise(caller, tenant, agency, action);
        if (action == Action.RETURN && (comment == null || comment.isBlank())) {
            throw ProblemException.badRequest("comment", "returning data needs a comment saying what to fix");
        }
        // serialised with corrections of the same agency-year: a SUBMIT moves exactly what was committed before it
        WriteLocks.periodsShared(em, tenant);
        WriteLocks.agencyYear(em, tenant, agency, year);
        String refusal = PeriodLocks.load(em, tenant).refusal(agency, year, quarter);
        if (refusal != null) {
            throw ProblemException.conflict(refusal);
        }
        String query = "tenant = ?1 and agencyCode = ?2 and year = ?3 and "
                + (quarter == null ? "quarter is null" : "quarter = ?4");
        List<IndicatorRealisation> records = quarter == null
                ? IndicatorRealisation.list(query, tenant, agency, year)
                : IndicatorRealisation.list(query, tenant, agency, year, quarter.shortValue());
        List<AuditEntry> audit = new ArrayList<>();
        int changed = 0;
        int skipped = 0;
        for (IndicatorRealisation r : records) {
            if (indicators != null && !indicators.isEmpty() && !indicators.contains(r.indicatorCode)) {
                continue;
            }
            if (!action.from.contains(r.status)) {
                skipped++;
                continue;
            }
            IndicatorRealisationPayload before = payload(r);
            r.status = action.to;
            r.statusComment = comment;
            r.version++;
            r.updatedAt = Instant.now();
            r.updatedBy = actor;
            IndicatorRealisationPayload after = payload(r);
            audit.add(new AuditEntry(tenant, "indicator-realisation", r.id, r.version, action.name(), actor, before,
                    after, comment));
            outbox.append(IndicatorRealisationStore.event(tenant, after, r.version));
            changed++;
        }
        if (quarter != null) {
            for (BudgetRealisation b : BudgetRealisation.<BudgetRealisation>list(
                    "tenant = ?1 and agencyCode = ?2 and year = ?3 and quarter = ?4", tenant, agency, year,
                    quarter.shortValue())) {
                if (!action.from.contains(b.status)) {
                    skipped++;
                    continue;
                }
                BudgetRealisationPayload before = BudgetRealisationImporter.payload(b);
                b.status = action.to;
                b.statusComment = comment;
                b.version++;
                b.updatedAt = Instant.now();
                b.updatedBy = actor;
                BudgetRealisationPayload after = BudgetRealisationImporter.payload(b);
                audit.add(new AuditEntry(tenant, "budget-realisation", b.id, b.version, action.name(), actor, before,
                        after, comment));
                outbox.append(EventEnvelope.of(EventCatalog.BUDGET_REALISATION_UPSERTED, tenant,
                        agency + "/" + b.subKegiatanCode + "/" + year + "/" + quarter, b.version,
                        EventPeriod.quarter(year, quarter), after));
                changed++;
            }
        }
        em.flush();
        em.unwrap(Session.class).doWork(c -> AuditEntry.insert(c, audit));
        return new TransitionResult(action, action.to, changed, skipped);
    }

    public static IndicatorRealisationPayload payload(IndicatorRealisation r) {
        return new IndicatorRealisationPayload(r.agencyCode, r.indicatorCode, r.year,
                r.quarter == null ? null : r.quarter.intValue(), Numbers.norm(r.value), Numbers.norm(r.numerator),
                Numbers.norm(r.denominator), r.category, r.provisional, r.finalDataExpected, r.dataSource,
                r.drivingFactors, r.inhibitingFactors, r.followUp, r.status, r.statusComment, r.updatedBy);
    }
}
