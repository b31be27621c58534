package id.kinerja.realisation.evaluation;

import id.kinerja.events.realisation.EvaluationPayload;
import id.kinerja.events.realisation.EvaluationPayload.FollowUp;
import id.kinerja.events.realisation.EvaluationPayload.Recommendation;
import id.kinerja.events.realisation.EvaluationPayload.Status;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads an evaluation with its recommendations and follow-ups as one state (the event's payload). */
final class EvaluationStore {

    /** The stored row: its id, version and state. */
    record Loaded(UUID id, long version, EvaluationPayload state) {
    }

    private EvaluationStore() {
    }

    @SuppressWarnings("unchecked")
    static Optional<Loaded> load(EntityManager em, String tenant, String agency, int year) {
        List<Object[]> head = em.createNativeQuery("""
                        SELECT id, version, evaluator, reference, evaluated_on, score, category FROM evaluation
                        WHERE tenant = :t AND agency_code = :a AND year = :y""")
                .setParameter("t", tenant).setParameter("a", agency).setParameter("y", year).getResultList();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Object[] e = head.get(0);
        UUID id = (UUID) e[0];
        Map<String, List<FollowUp>> followUps = new LinkedHashMap<>();
        for (Object[] f : (List<Object[]>) em.createNativeQuery("""
                        SELECT r.code, f.id, f.action, f.output, f.evidence_url, f.responsible, f.date, f.status,
                               f.recorded_by FROM follow_up f
                        JOIN recommendation r ON r.id = f.recommendation_id
                        WHERE r.evaluation_id = :e ORDER BY f.recorded_at, f.id""")
                .setParameter("e", id).getResultList()) {
            followUps.computeIfAbsent((String) f[0], k -> new ArrayList<>()).add(new FollowUp(f[1].toString(),
                    (String) f[2], (String) f[3], (String) f[4], (String) f[5], date(f[6]),
                    Status.valueOf((String) f[7]), (String) f[8]));
        }
        List<Recommendation> recommendations = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                        SELECT code, text, due_date FROM recommendation WHERE evaluation_id = :e ORDER BY code""")
                .setParameter("e", id).getResultList()) {
            List<FollowUp> done = followUps.getOrDefault((String) r[0], List.of());
            recommendations.add(new Recommendation((String) r[0], (String) r[1], date(r[2]), status(done), done));
        }
        return Optional.of(new Loaded(id, ((Number) e[1]).longValue(), new EvaluationPayload(
                agency.isEmpty() ? null : agency, year, (String) e[2], (String) e[3], date(e[4]), (BigDecimal) e[5],
                (String) e[6], recommendations)));
    }

    /** The latest follow-up decides; none yet: open. */
    private static Status status(List<FollowUp> followUps) {
        return followUps.isEmpty() ? Status.OPEN : followUps.get(followUps.size() - 1).status();
    }

    private static LocalDate date(Object value) {
        return value == null || value instanceof LocalDate ? (LocalDate) value : ((Date) value).toLocalDate();
    }
}
