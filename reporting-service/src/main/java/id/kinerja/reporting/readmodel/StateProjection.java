package id.kinerja.reporting.readmodel;

import id.kinerja.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;

/**
 * Keeps the latest state of each aggregate (events carry full state): "upsert if newer" by aggregate
 * version, so redelivered, late or replayed events never overwrite newer data.
 */
@ApplicationScoped
public class StateProjection {

    @Inject
    EntityManager em;
    @Inject
    FigureNotifier figures;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event) {
        var payload = event.payload();
        String agency = payload.hasNonNull("agencyCode") ? payload.get("agencyCode").asText() : null;
        Integer year = yearOf(event);
        int changed = em.createNativeQuery("""
                        INSERT INTO state_view (tenant, aggregate_type, aggregate_id, agency_code, year, version, event_id,
                                                payload, updated_at)
                        VALUES (:tenant, :type, :id, :agency, :year, :version, :eventId, CAST(:payload AS jsonb), :at)
                        ON CONFLICT (tenant, aggregate_type, aggregate_id) DO UPDATE SET agency_code = EXCLUDED.agency_code,
                            year = EXCLUDED.year, version = EXCLUDED.version, event_id = EXCLUDED.event_id,
                            payload = EXCLUDED.payload, updated_at = EXCLUDED.updated_at
                        WHERE state_view.version < EXCLUDED.version""")
                .setParameter("tenant", event.tenant())
                .setParameter("type", event.aggregateType())
                .setParameter("id", event.aggregateId())
                .setParameter("agency", agency)
                .setParameter("year", year)
                .setParameter("version", event.aggregateVersion())
                .setParameter("eventId", event.eventId())
                .setParameter("payload", payload.toString())
                .setParameter("at", Timestamp.from(event.occurredAt()))
                .executeUpdate();
        if (changed == 1 && agency != null && year != null) {
            figures.changed(event, agency, year);
        }
    }

    /** The period's year, else the payload's year, fiscal year or effective year; null for timeless aggregates. */
    static Integer yearOf(EventEnvelope event) {
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
