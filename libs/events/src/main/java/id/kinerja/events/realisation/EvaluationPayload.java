package id.kinerja.events.realisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The AKIP evaluation of an agency (or, with no agency, of the pemda) for a year, as the inspectorate or
 * KemenPAN-RB gave it, with its recommendations and their follow-up so far. The whole state on every change.
 */
public record EvaluationPayload(String agencyCode, int year, String evaluator, LocalDate evaluatedOn,
                                BigDecimal score, String category, List<Recommendation> recommendations) {

    /** OPEN until a follow-up is recorded, IN_PROGRESS, DONE once a follow-up says so. */
    public enum Status { OPEN, IN_PROGRESS, DONE }

    public record Recommendation(String code, String text, LocalDate dueDate, Status status,
                                 List<FollowUp> followUps) {
    }

    public record FollowUp(String id, String action, LocalDate date, Status status, String recordedBy) {
    }
}
