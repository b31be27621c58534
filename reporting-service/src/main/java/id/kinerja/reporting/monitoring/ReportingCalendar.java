package id.kinerja.reporting.monitoring;

import id.kinerja.events.planning.ReportingCalendarPayload;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The dates of a tenant's calendar: each quarter ends on its last day and each deadline is that many days
 * later; a deadline has passed once its day is over in WIB (Asia/Jakarta), the time the pemda work in.
 */
public record ReportingCalendar(ReportingCalendarPayload payload) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    public enum Kind { INDICATOR, BUDGET }

    public enum Step { SUBMITTED, VERIFIED, APPROVED }

    public static LocalDate quarterEnd(int year, int quarter) {
        LocalDate first = LocalDate.of(year, quarter * 3, 1);
        return first.withDayOfMonth(first.lengthOfMonth());
    }

    public LocalDate deadline(int year, int quarter, Kind kind, Step step) {
        ReportingCalendarPayload.Deadlines d = kind == Kind.INDICATOR ? payload.indicator() : payload.budget();
        int days = switch (step) {
            case SUBMITTED -> d.submittedDays();
            case VERIFIED -> d.verifiedDays();
            case APPROVED -> d.approvedDays();
        };
        return quarterEnd(year, quarter).plusDays(days);
    }

    /** The instant a day is over (the next day's midnight in WIB). */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    public static boolean passed(LocalDate day, Instant now) {
        return !now.isBefore(endOf(day));
    }

    /** Whether something done at {@code at} was done by the end of the day. */
    public static boolean onTime(Instant at, LocalDate day) {
        return at.isBefore(endOf(day));
    }

    public static LocalDate dateOf(Instant at) {
        return at.atZone(ZONE).toLocalDate();
    }
}
