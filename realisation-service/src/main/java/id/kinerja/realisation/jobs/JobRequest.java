package id.kinerja.realisation.jobs;

import id.kinerja.commons.security.Caller;
import id.kinerja.realisation.service.RowReader;

/**
 * An accepted push as a job keeps it: the endpoint, the options, the Idempotency-Key with the request's method and
 * path, and the caller it runs for (its scope is checked again row by row, exactly as in a synchronous push).
 */
public record JobRequest(PushKind kind, String tenant, boolean dryRun, boolean atomic, RowReader.NumberFormat format,
                         char delimiter, String contentType, String idempotencyKey, String operation,
                         Caller.Identity caller, String submittedBy) {
}
