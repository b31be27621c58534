package id.kinerja.commons.problem;

import java.util.List;

/**
 * A client-caused failure that becomes an RFC 9457 response with the given status.
 * Throwing it inside a transaction rolls the transaction back, so nothing is partially written.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final String type;
    private final Integer retryAfterSeconds;

    public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors) {
        this(status, title, detail, errors, null, null);
    }

    /**
     * {@code type}: a problem type of its own (the last segment of its URI, e.g. {@code plan-replicating}) that a
     * client can act on, instead of the status's; {@code retryAfterSeconds}: sent as {@code Retry-After}.
     */
    protected ProblemException(int status, String title, String detail, List<Problem.FieldError> errors, String type,
                               Integer retryAfterSeconds) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.type = type;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ProblemException notFound(String what, String key) {
        return new ProblemException(404, "Not Found", what + " '" + key + "' does not exist", List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail, List.of());
    }

    /** 412: the request's {@code If-Match} names a version the record is no longer (or not) at. */
    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, "Precondition Failed", detail,
                List.of(new Problem.FieldError("If-Match", detail)));
    }

    /** 428: an update of an existing record must say which version it corrects ({@code If-Match}). */
    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(428, "Precondition Required", detail,
                List.of(new Problem.FieldError("If-Match", detail)));
    }

    public static ProblemException badRequest(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(400, "Bad Request", detail, errors);
    }

    public static ProblemException badRequest(String field, String message) {
        return badRequest(message, List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException unprocessable(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(422, "Unprocessable Content", detail, errors);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    /** The problem type's own name, or null for the status's generic type. */
    public String type() {
        return type;
    }

    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
