package id.kinerja.realisation.evaluation;

import id.kinerja.commons.outbox.OutboxWriter;
import id.kinerja.commons.problem.ProblemException;
import id.kinerja.commons.security.Caller;
import id.kinerja.events.EventCatalog;
import id.kinerja.events.EventEnvelope;
import id.kinerja.events.EventPeriod;
import id.kinerja.events.Uuids;
import id.kinerja.events.realisation.EvaluationPayload;
import id.kinerja.realisation.service.WriteLocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * AKIP evaluations and their follow-up. Agency {@code ""} is the pemda's own evaluation. Every change stores a
 * new version of the whole evaluation and publishes it as {@code evaluation.upserted}; a PUT that changes
 * nothing changes nothing (no version, no event).
 */
@ApplicationScoped
public class EvaluationService {

    /** Due dates are Indonesian calendar days (WIB). */
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Inject
    EntityManager em;
    @Inject
    Caller caller;
    @Inject
    OutboxWriter outbox;

    @Transactional
    public EvaluationView put(String tenant, String agency, int year, EvaluationInput input) {
        mayWrite(tenant, agency);
        duplicates(input);
        lock(tenant, agency, year);
        var before = EvaluationStore.load(em, tenant, agency, year);
        UUID id = before.map(EvaluationStore.Loaded::id).orElseGet(Uuids::v7);
        em.createNativeQuery("""
                        INSERT INTO evaluation (id, tenant, agency_code, year, evaluator, reference, evaluated_on, score,
                                                category, version, updated_by, updated_at)
                        VALUES (:id, :t, :a, :y, :evaluator, :reference, CAST(:on AS date), CAST(:score AS numeric),
                                :category, 0, :by, :at)
                        ON CONFLICT (tenant, agency_code, year) DO UPDATE SET evaluator = EXCLUDED.evaluator,
                            reference = EXCLUDED.reference, evaluated_on = EXCLUDED.evaluated_on,
                            score = EXCLUDED.score, category = EXCLUDED.category""")
                .setParameter("id", id).setParameter("t", tenant).setParameter("a", agency).setParameter("y", year)
                .setParameter("evaluator", input.evaluator().strip()).setParameter("reference", input.reference())
                .setParameter("on", input.evaluatedOn() == null ? null : input.evaluatedOn().toString())
                .setParameter("score", input.score() == null ? null : input.score().toPlainString())
                .setParameter("category", input.category() == null ? null : input.category().toUpperCase(Locale.ROOT))
                .setParameter("by", caller.actor()).setParameter("at", Timestamp.from(Instant.now()))
                .executeUpdate();
        Set<String> kept = input.recommendations().stream().map(EvaluationInput.Recommendation::code)
                .collect(Collectors.toSet());
        before.ifPresent(b -> b.state().recommendations().stream().filter(r -> !kept.contains(r.code()))
                .forEach(r -> remove(id, r)));
        for (EvaluationInput.Recommendation r : input.recommendations()) {
            em.createNativeQuery("""
                            INSERT INTO recommendation (id, evaluation_id, code, text, due_date)
                            VALUES (:id, :e, :code, :text, CAST(:due AS date))
                            ON CONFLICT (evaluation_id, code) DO UPDATE SET text = EXCLUDED.text,
                                due_date = EXCLUDED.due_date""")
                    .setParameter("id", Uuids.v7()).setParameter("e", id).setParameter("code", r.code())
                    .setParameter("text", r.text().strip())
                    .setParameter("due", r.dueDate() == null ? null : r.dueDate().toString()).executeUpdate();
        }
        return changed(tenant, agency, year, before.map(EvaluationStore.Loaded::state).orElse(null));
    }

    @Transactional
    public EvaluationPayload.FollowUp followUp(String tenant, String agency, int year, String code, FollowUpInput input) {
        mayWrite(tenant, agency);
        if (input.status() == EvaluationPayload.Status.OPEN) {
            throw ProblemException.badRequest("status", "a follow-up is IN_PROGRESS or DONE");
        }
        lock(tenant, agency, year);
        var before = EvaluationStore.load(em, tenant, agency, year)
                .orElseThrow(() -> ProblemException.notFound("evaluation", label(agency, year)));
        List<?> found = em.createNativeQuery("SELECT id FROM recommendation WHERE evaluation_id = :e AND code = :code")
                .setParameter("e", before.id()).setParameter("code", code).getResultList();
        if (found.isEmpty()) {
            throw ProblemException.notFound("recommendation", code);
        }
        Object recommendation = found.get(0);
        UUID id = Uuids.v7();
        em.createNativeQuery("""
                        INSERT INTO follow_up (id, recommendation_id, action, output, evidence_url, responsible, date,
                                               status, recorded_by, recorded_at)
                        VALUES (:id, :r, :action, :output, :url, :responsible, :date, :status, :by, :at)""")
                .setParameter("id", id).setParameter("r", recommendation).setParameter("action", input.action().strip())
                .setParameter("output", input.output()).setParameter("url", input.evidenceUrl())
                .setParameter("responsible", input.responsible())
                .setParameter("date", input.date()).setParameter("status", input.status().name())
                .setParameter("by", caller.actor()).setParameter("at", Timestamp.from(Instant.now()))
                .executeUpdate();
        changed(tenant, agency, year, before.state());
        return new EvaluationPayload.FollowUp(id.toString(), input.action().strip(), input.output(),
                input.evidenceUrl(), input.responsible(), input.date(), input.status(), caller.actor());
    }

    @Transactional
    public EvaluationView get(String tenant, String agency, int year) {
        var loaded = EvaluationStore.load(em, tenant, agency, year)
                .orElseThrow(() -> ProblemException.notFound("evaluation", label(agency, year)));
        return EvaluationView.of(loaded.state(), loaded.version(), LocalDate.now(Clock.system(WIB)));
    }

    /** The new state, versioned and published when it differs from the one before. */
    private EvaluationView changed(String tenant, String agency, int year, EvaluationPayload before) {
        em.flush();
        var after = EvaluationStore.load(em, tenant, agency, year).orElseThrow();
        long version = after.version();
        if (!after.state().equals(before)) {
            version = ((Number) em.createNativeQuery("""
                            UPDATE evaluation SET version = version + 1, updated_by = :by, updated_at = :at
                            WHERE id = :id RETURNING version""")
                    .setParameter("by", caller.actor()).setParameter("at", Timestamp.from(Instant.now()))
                    .setParameter("id", after.id()).getSingleResult()).longValue();
            outbox.append(EventEnvelope.of(EventCatalog.EVALUATION_UPSERTED, tenant, label(agency, year), version,
                    EventPeriod.year(year), after.state()));
        }
        return EvaluationView.of(after.state(), version, LocalDate.now(Clock.system(WIB)));
    }

    private void remove(UUID evaluation, EvaluationPayload.Recommendation r) {
        if (!r.followUps().isEmpty()) {
            throw ProblemException.conflict("recommendation " + r.code() + " has follow-ups and cannot be dropped; "
                    + "keep it in the list (a DONE follow-up closes it)");
        }
        em.createNativeQuery("DELETE FROM recommendation WHERE evaluation_id = :e AND code = :code")
                .setParameter("e", evaluation).setParameter("code", r.code()).executeUpdate();
    }

    private static void duplicates(EvaluationInput input) {
        List<String> codes = input.recommendations().stream().map(EvaluationInput.Recommendation::code).toList();
        for (int i = 0; i < codes.size(); i++) {
            if (codes.indexOf(codes.get(i)) != i) {
                throw ProblemException.badRequest("recommendations[" + i + "].code", "duplicate code " + codes.get(i));
            }
        }
    }

    /** The pemda's own evaluation is written by callers not limited to some agencies. */
    private void mayWrite(String tenant, String agency) {
        if (agency.isEmpty() && !caller.identity().agencies().isEmpty()) {
            throw new ProblemException(403, "Forbidden", "the pemda's evaluation needs a caller not limited to agencies",
                    List.of());
        }
    }

    /** Writers of one evaluation queue (the version and the event follow the state they computed). */
    private void lock(String tenant, String agency, int year) {
        WriteLocks.agencyYear(em, tenant, "evaluation/" + agency, year);
    }

    static String label(String agency, int year) {
        return (agency.isEmpty() ? "PEMDA" : agency) + "/" + year;
    }
}
