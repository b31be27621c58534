package id.kinerja.events.reporting;

import java.time.Instant;

/**
 * The figures of an agency-year changed because of an event: portals re-read the dashboard (or LKjIP
 * summary) of that agency-year instead of polling. {@code causeOccurredAt} → {@code appliedAt} is the
 * freshness of the change.
 */
public record FiguresChangedPayload(String agencyCode, Integer year, String causeType, String causeAggregateId,
                                    long causeVersion, Instant causeOccurredAt, Instant appliedAt) {
}
