package id.kinerja.events.realisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The AKIP evaluation of an agency (or, with no agency, of the pemda) for a year, as the inspectorate or
 * KemenPAN-RB gave it (score and category where the result has them; the letter's number as reference), with its
 * recommendations (a due date where one was set) and their follow-up so far. The whole state on every change.
 */
public record EvaluationPayload(String agencyCode, int year, String evaluator, String reference, LocalDate evaluatedOn,
                                BigDecimal score, String category, List<Recommendation> recommendations) {

    /** OPEN until a follow-up is recorded, IN_PROGRESS, DONE once a follow-up says so. */
    public enum Status { OPEN, IN_PROGRESS, DONE }

    public record Recommendation(String code, String text, LocalDate dueDate, Status status,
                                 List<FollowUp> followUps) {
    }

    /** What was done, its output (and where the evidence is, when it is a link), who is responsible. */
    public record FollowUp(String id, String action, String output, String evidenceUrl, String responsible,
                           LocalDate date, Status status, String recordedBy) {
    }
}
