package id.kinerja.reporting.snapshot;

import id.kinerja.events.EventEnvelope;

/** The year a state is filed under in the state view: one rule for the projection and the recompute. */
public final class StateYear {

    private StateYear() {
    }

    /** The period's year, else the payload's year, fiscal year or effective year; null for timeless aggregates. */
    public static Integer of(EventEnvelope event) {
        if (event.period() != null && event.period().year() != null) {
            return event.period().year();
        }
        var payload = event.payload();
        for (String field : new String[]{"year", "fiscalYear", "effectiveFromYear"}) {
            if (payload.hasNonNull(field)) {
                return payload.get(field).asInt();
            }
        }
        return null;
    }
}
