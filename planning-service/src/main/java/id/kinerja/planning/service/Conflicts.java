package id.kinerja.planning.service;

import id.kinerja.commons.problem.Problem;
import id.kinerja.commons.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every semantic problem of a request (unknown parent code, duplicate code, year outside the
 * Renstra period, ...) with the field path, so one response names them all; warnings are kept apart
 * because they are reported but do not block the write.
 */
public final class Conflicts {

    private final List<Problem.FieldError> errors = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();

    public void error(String field, String message, Object value) {
        errors.add(new Problem.FieldError(field, message, value));
    }

    /** {@code code}: a finding code shared with reporting-service ({@link Warning}). */
    public void warning(String code, String field, String message, Object value) {
        warnings.add(new Warning(code, field, message, value));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<Problem.FieldError> errors() {
        return List.copyOf(errors);
    }

    public List<Warning> warnings() {
        return List.copyOf(warnings);
    }

    /** Throws a 422 naming every offending field; the surrounding transaction rolls back. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors.size() + " problem(s) in the request; nothing was written",
                    errors);
        }
    }

    public static String path(String prefix, String field) {
        return prefix == null || prefix.isEmpty() ? field : prefix + "." + field;
    }
}
