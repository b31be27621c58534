package id.kinerja.reporting.monitoring;

import java.time.Instant;

/**
 * Where one expected record of a quarter stands: its current workflow status (null: nothing pushed) and when it
 * first reached each step (a later step implies the earlier ones, so an approval counts as a submission then).
 */
public record Submission(String code, String status, Instant submittedAt, Instant verifiedAt, Instant approvedAt) {

    /** Pushed and not sent back: submitted, verified or approved now. */
    public boolean submitted() {
        return "SUBMITTED".equals(status) || verified();
    }

    public boolean verified() {
        return "VERIFIED".equals(status) || approved();
    }

    public boolean approved() {
        return "APPROVED".equals(status);
    }

    Instant at(ReportingCalendar.Step step) {
        return switch (step) {
            case SUBMITTED -> earliest(submittedAt, verifiedAt, approvedAt);
            case VERIFIED -> earliest(verifiedAt, approvedAt);
            case APPROVED -> approvedAt;
        };
    }

    boolean done(ReportingCalendar.Step step) {
        return switch (step) {
            case SUBMITTED -> submitted();
            case VERIFIED -> verified();
            case APPROVED -> approved();
        };
    }

    private static Instant earliest(Instant... instants) {
        Instant min = null;
        for (Instant i : instants) {
            if (i != null && (min == null || i.isBefore(min))) {
                min = i;
            }
        }
        return min;
    }
}
