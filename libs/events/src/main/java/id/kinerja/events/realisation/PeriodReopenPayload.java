package id.kinerja.events.realisation;

import java.time.Instant;

/** A locked period was reopened for one agency, for a limited time, with a reason. */
public record PeriodReopenPayload(String agencyCode, int year, int quarter, String reason, String actor,
                                  Instant expiresAt) {
}
