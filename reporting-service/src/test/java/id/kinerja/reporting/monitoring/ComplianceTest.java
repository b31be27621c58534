package id.kinerja.reporting.monitoring;

import id.kinerja.events.planning.ReportingCalendarPayload;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A quarter's status from what came in when, against a 15/20/25-day calendar (Q1 2024: 15, 20, 25 April). */
class ComplianceTest {

    static final ReportingCalendar CALENDAR = new ReportingCalendar(new ReportingCalendarPayload("TENANT", null, 1,
            new ReportingCalendarPayload.Deadlines(15, 20, 25), new ReportingCalendarPayload.Deadlines(15, 20, 25),
            ReportingCalendarPayload.DEFAULT_THRESHOLDS));

    static Instant wib(String day) {
        return LocalDateTime.parse(day + "T10:00").atZone(ReportingCalendar.ZONE).toInstant();
    }

    /** "A:SUBMITTED@04-10 B:-" : record A submitted on 10 April, B nothing. */
    static List<Submission> records(String spec) {
        List<Submission> records = new ArrayList<>();
        if (spec.isBlank()) {
            return records;
        }
        for (String part : spec.trim().split(" +")) {
            String[] codeRest = part.split(":");
            if (codeRest[1].equals("-")) {
                records.add(new Submission(codeRest[0], null, null, null, null));
                continue;
            }
            String[] statusAt = codeRest[1].split("@");
            Instant at = wib("2024-" + statusAt[1]);
            records.add(new Submission(codeRest[0], statusAt[0], at,
                    statusAt[0].equals("SUBMITTED") ? null : at, statusAt[0].equals("APPROVED") ? at : null));
        }
        return records;
    }

    @ParameterizedTest(name = "on {0}: [{1}] -> {2} (missing {3})")
    @CsvSource(delimiter = ';', value = {
            "04-10; ; NOT_EXPECTED; ",
            "04-10; A:SUBMITTED@04-08 B:-; OPEN; B",
            "04-10; A:SUBMITTED@04-08 B:SUBMITTED@04-09; COMPLETE; ",
            "04-16; A:SUBMITTED@04-08 B:-; PARTIAL; B",
            "04-16; A:- B:-; MISSING; A,B",
            "04-18; A:SUBMITTED@04-08 B:SUBMITTED@04-17; LATE; ",
            // everything submitted in time, but the verification deadline passed with A unverified
            "04-21; A:SUBMITTED@04-08 B:APPROVED@04-09; LATE; ",
            "04-26; A:APPROVED@04-12 B:APPROVED@04-09; COMPLETE; ",
            // a record sent back (RETURNED) no longer counts as submitted
            "04-16; A:APPROVED@04-12 B:RETURNED@04-09; PARTIAL; B",
    })
    void statusOfAQuarter(String on, String spec, String status, String missing) {
        Compliance.KindStatus k = Compliance.kind(CALENDAR, 2024, 1, ReportingCalendar.Kind.INDICATOR,
                records(spec == null ? "" : spec), wib("2024-" + on));
        assertThat(k.status()).isEqualTo(status);
        assertThat(k.missing()).isEqualTo(missing == null ? List.of() : List.of(missing.split(",")));
        assertThat(k.steps().get(0).deadline()).hasToString("2024-04-15");
    }
}
