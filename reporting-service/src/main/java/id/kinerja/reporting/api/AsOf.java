package id.kinerja.reporting.api;

import id.kinerja.commons.problem.ProblemException;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The {@code asOf} query parameter: an ISO-8601 instant ({@code 2025-01-31T10:15:30Z}); absent means now. */
final class AsOf {

    static final String DESCRIPTION = "answer the figures as they stood at this instant (ISO-8601, e.g. "
            + "2025-01-31T10:15:30Z); default: now";

    private AsOf() {
    }

    static Instant parse(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(asOf);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("asOf", "an ISO-8601 instant such as 2025-01-31T10:15:30Z");
        }
    }
}
