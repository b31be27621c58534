package id.kinerja.reporting.dashboard;

import id.kinerja.events.EventCodec;
import id.kinerja.events.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;

/** Reads the latest states of one aggregate type for an agency (and year) from the state view. */
@ApplicationScoped
public class States {

    @Inject
    EntityManager em;

    public record Stored<T>(String aggregateId, long version, T payload) {
    }

    @SuppressWarnings("unchecked")
    public <T> List<Stored<T>> of(String tenant, EventType<T> type, String agency, Integer year) {
        String sql = "SELECT aggregate_id, version, CAST(payload AS text) FROM state_view WHERE tenant = :t "
                + "AND aggregate_type = :type" + (agency == null ? "" : " AND agency_code = :a")
                + (year == null ? "" : " AND year = :y") + " ORDER BY aggregate_id";
        var query = em.createNativeQuery(sql).setParameter("t", tenant).setParameter("type", type.aggregateType());
        if (agency != null) {
            query.setParameter("a", agency);
        }
        if (year != null) {
            query.setParameter("y", year);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Stored<>((String) r[0], ((Number) r[1]).longValue(),
                read((String) r[2], type))).toList();
    }

    private static <T> T read(String json, EventType<T> type) {
        try {
            return EventCodec.mapper().readValue(json, type.payloadType());
        } catch (Exception e) {
            throw new IllegalStateException("state of " + type.name() + " unreadable", e);
        }
    }

}
