package id.kinerja.realisation.evaluation;

import id.kinerja.events.realisation.EvaluationPayload;
import id.kinerja.figures.evaluation.AkipScale;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An evaluation as stored, with what follows from it today: the category its score gives on the AKIP scale and
 * which open recommendations are past their due date.
 */
public record EvaluationView(String agencyCode, int year, long version, String evaluator, String reference,
                             LocalDate evaluatedOn, BigDecimal score, String category, String categoryOfScore,
                             Boolean categoryAgrees,
                             List<RecommendationView> recommendations) {

    public record RecommendationView(String code, String text, LocalDate dueDate, EvaluationPayload.Status status,
                                     boolean overdue, List<EvaluationPayload.FollowUp> followUps) {
    }

    static EvaluationView of(EvaluationPayload p, long version, LocalDate today) {
        String onScale = p.score() == null ? null : AkipScale.categoryOf(p.score());
        return new EvaluationView(p.agencyCode(), p.year(), version, p.evaluator(), p.reference(), p.evaluatedOn(),
                p.score(), p.category(), onScale,
                onScale == null || p.category() == null ? null : onScale.equals(p.category()),
                p.recommendations().stream().map(r -> new RecommendationView(r.code(), r.text(), r.dueDate(),
                        r.status(), r.status() != EvaluationPayload.Status.DONE && r.dueDate() != null
                                && r.dueDate().isBefore(today),
                        r.followUps())).toList());
    }
}
