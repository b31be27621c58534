package id.kinerja.reporting.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reporting compliance of an agency-quarter per kind (indicator or budget realisations) at an instant:
 * <ul>
 * <li>NOT_EXPECTED: nothing is expected (no PK indicator, no sub-kegiatan with pagu)</li>
 * <li>OPEN: not everything is in yet, but the submission deadline has not passed</li>
 * <li>COMPLETE: everything submitted, and every step whose deadline passed done on time</li>
 * <li>LATE: everything submitted, but a submission or a passed workflow step came (or is still) late</li>
 * <li>PARTIAL / MISSING: the submission deadline passed with some / all records missing</li>
 * </ul>
 * Pure.
 */
public final class Compliance {

    public static final List<String> WORST_FIRST = List.of("MISSING", "PARTIAL", "LATE", "OPEN", "COMPLETE",
            "NOT_EXPECTED");

    private Compliance() {
    }

    /** One step's deadline and how many records met it, were late, or are overdue. */
    public record StepStatus(String step, LocalDate deadline, boolean passed, int done, int onTime,
                             List<String> late, List<String> overdue) {
    }

    public record KindStatus(String kind, String status, int expected, int submitted, List<String> missing,
                             List<StepStatus> steps, LocalDate lastSubmittedOn) {
    }

    public record QuarterStatus(int quarter, LocalDate quarterEnd, String status, KindStatus indicator,
                                KindStatus budget) {
    }

    public static QuarterStatus quarter(ReportingCalendar calendar, int year, int quarter,
                                        Map<ReportingCalendar.Kind, List<Submission>> expected, Instant now) {
        KindStatus indicator = kind(calendar, year, quarter, ReportingCalendar.Kind.INDICATOR,
                expected.getOrDefault(ReportingCalendar.Kind.INDICATOR, List.of()), now);
        KindStatus budget = kind(calendar, year, quarter, ReportingCalendar.Kind.BUDGET,
                expected.getOrDefault(ReportingCalendar.Kind.BUDGET, List.of()), now);
        return new QuarterStatus(quarter, ReportingCalendar.quarterEnd(year, quarter),
                worst(indicator.status(), budget.status()), indicator, budget);
    }

    public static KindStatus kind(ReportingCalendar calendar, int year, int quarter, ReportingCalendar.Kind kind,
                                  List<Submission> records, Instant now) {
        List<StepStatus> steps = new ArrayList<>();
        boolean anyLate = false;
        for (ReportingCalendar.Step step : ReportingCalendar.Step.values()) {
            LocalDate deadline = calendar.deadline(year, quarter, kind, step);
            boolean passed = ReportingCalendar.passed(deadline, now);
            int done = 0;
            int onTime = 0;
            List<String> late = new ArrayList<>();
            List<String> overdue = new ArrayList<>();
            for (Submission s : records) {
                Instant at = s.at(step);
                if (s.done(step) && at != null) {
                    done++;
                    if (ReportingCalendar.onTime(at, deadline)) {
                        onTime++;
                    } else {
                        late.add(s.code());
                    }
                } else if (passed) {
                    overdue.add(s.code());
                }
            }
            // an overdue submission is "missing", not late; later steps count against a submitted record only
            anyLate |= !late.isEmpty() || (step != ReportingCalendar.Step.SUBMITTED && overdue.stream()
                    .anyMatch(code -> records.stream().anyMatch(r -> r.code().equals(code) && r.submitted())));
            steps.add(new StepStatus(step.name(), deadline, passed, done, onTime, late, overdue));
        }
        List<String> missing = records.stream().filter(s -> !s.submitted()).map(Submission::code).toList();
        int submitted = records.size() - missing.size();
        LocalDate last = records.stream().filter(Submission::submitted).map(s -> s.at(ReportingCalendar.Step.SUBMITTED))
                .filter(java.util.Objects::nonNull).max(Instant::compareTo).map(ReportingCalendar::dateOf).orElse(null);
        String status;
        if (records.isEmpty()) {
            status = "NOT_EXPECTED";
        } else if (missing.isEmpty()) {
            status = anyLate ? "LATE" : "COMPLETE";
        } else if (!steps.get(0).passed()) {
            status = "OPEN";
        } else {
            status = submitted == 0 ? "MISSING" : "PARTIAL";
        }
        return new KindStatus(kind.name(), status, records.size(), submitted, missing, steps, last);
    }

    public static String worst(String a, String b) {
        return WORST_FIRST.indexOf(a) <= WORST_FIRST.indexOf(b) ? a : b;
    }
}
