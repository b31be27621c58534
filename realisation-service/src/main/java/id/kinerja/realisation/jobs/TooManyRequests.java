package id.kinerja.realisation.jobs;

import id.kinerja.commons.problem.Problem;
import id.kinerja.commons.problem.ProblemException;

import java.util.List;

/** 429 problem+json with Retry-After: the caller is over a configured limit, named in the problem. */
public class TooManyRequests extends ProblemException {

    public TooManyRequests(String limit, int value, String detail, int retryAfterSeconds) {
        super(429, "Too Many Requests", detail + " (" + limit + "=" + value + "); retry after " + retryAfterSeconds
                        + " s", List.of(new Problem.FieldError(limit, "at most " + value, value)), "too-many-requests",
                retryAfterSeconds);
    }
}
