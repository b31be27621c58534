package id.kinerja.commons.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import id.kinerja.commons.input.JsonErrors;
import io.quarkus.logging.Log;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

/**
 * Maps every failure to RFC 9457 {@code application/problem+json}. Client mistakes get a 4xx naming the
 * field; anything unexpected gets a 500 with an error id (logged with the stack trace) and no internals.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Problem problem = new Problem(e.type() != null ? TYPES + e.type() : type(e.status()), e.title(), e.status(),
                e.getMessage(), path(uri), e.errors());
        if (e.retryAfterSeconds() != null) {
            return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem)
                    .header("Retry-After", e.retryAfterSeconds()).build();
        }
        return respond(problem);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            Object value = violation.getInvalidValue();
            boolean simple = value == null || value instanceof Number || value instanceof CharSequence
                    || value instanceof Boolean || value instanceof Enum<?>;
            errors.add(new Problem.FieldError(fieldName(violation.getPropertyPath()), violation.getMessage(),
                    simple ? value : null));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        return respond(new Problem(type(400), "Bad Request", 400, "The request has " + errors.size()
                + " invalid field(s)", path(uri), errors));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return jsonProblem(e, uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return jsonProblem(e, uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException jpe) {
            return jsonProblem(jpe, uri);
        }
        String title = e.getResponse().getStatusInfo().getReasonPhrase();
        String detail = status == 404 ? "No resource at " + path(uri) : e.getMessage();
        return respond(new Problem(type(status), title, status, detail, path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        Problem race = ConcurrencyConflicts.of(e, path(uri)).orElse(null);
        if (race != null) {
            Log.debugf(e, "concurrent request conflict on %s", path(uri));
            return Response.status(409).type(Problem.MEDIA_TYPE).entity(race)
                    .header("Retry-After", ConcurrencyConflicts.RETRY_AFTER_SECONDS).build();
        }
        String errorId = UUID.randomUUID().toString();
        Log.errorf(e, "unexpected error %s on %s", errorId, path(uri));
        return respond(new Problem(type(500), "Internal Server Error", 500,
                "An unexpected error occurred; quote error id " + errorId + " when reporting it", path(uri), List.of()));
    }

    private Response jsonProblem(JsonProcessingException e, UriInfo uri) {
        JsonErrors.Failure failure = JsonErrors.describe(e);
        return respond(new Problem(type(400), "Bad Request", 400, "The request body could not be read: "
                + failure.message() + " at '" + failure.field() + "'", path(uri),
                List.of(new Problem.FieldError(failure.field(), failure.message()))));
    }

    /** {@code create.request.items[0].code} → {@code items[0].code}: drop the method and body parameter names. */
    static String fieldName(Path propertyPath) {
        List<Path.Node> nodes = new ArrayList<>();
        propertyPath.forEach(nodes::add);
        StringBuilder name = new StringBuilder();
        Iterator<Path.Node> it = nodes.iterator();
        while (it.hasNext()) {
            Path.Node node = it.next();
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER && it.hasNext()) {
                continue; // a body parameter: its fields follow
            }
            if (node.getIndex() != null) {
                name.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                name.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(node.getName());
            }
        }
        return name.isEmpty() ? "body" : name.toString();
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static final String TYPES = "https://kinerja.id/problems/";

    private static String type(int status) {
        return TYPES + status;
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
