package id.kinerja.reporting.opendata;

import id.kinerja.events.EventCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * The pemda-years that are published, as {@code PublishedFiguresResource} decides: all four quarters locked
 * (closed) in realisation-service; their approved data is public.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublishedYears {

    public record PemdaYear(String tenant, int year) {
    }

    private static final String CLOSED = """
            SELECT tenant, year FROM state_view WHERE aggregate_type = :type AND CAST(payload->>'locked' AS boolean)
            GROUP BY tenant, year HAVING COUNT(DISTINCT CAST(payload->>'quarter' AS int)) = 4""";

    @Inject
    EntityManager em;

    @SuppressWarnings("unchecked")
    public List<PemdaYear> all() {
        List<Object[]> rows = em.createNativeQuery(CLOSED + " ORDER BY tenant, year")
                .setParameter("type", EventCatalog.PERIOD_LOCK_CHANGED.aggregateType()).getResultList();
        return rows.stream().map(r -> new PemdaYear((String) r[0], ((Number) r[1]).intValue())).toList();
    }

    public boolean closed(String tenant, int year) {
        return !em.createNativeQuery("SELECT 1 FROM (" + CLOSED + ") c WHERE tenant = :t AND year = :y")
                .setParameter("type", EventCatalog.PERIOD_LOCK_CHANGED.aggregateType()).setParameter("t", tenant)
                .setParameter("y", year).getResultList().isEmpty();
    }
}
