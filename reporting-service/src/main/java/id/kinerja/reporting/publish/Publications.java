package id.kinerja.reporting.publish;

import id.kinerja.commons.problem.ProblemException;
import id.kinerja.reporting.snapshot.Tables;
import id.kinerja.reporting.store.FigureReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Publishing an agency-year's LKjIP freezes its current figures version; the latest publication counts. */
@ApplicationScoped
public class Publications {

    @Inject
    EntityManager em;
    @Inject
    FigureReader figures;

    @Transactional
    public Publication publish(String tenant, String agency, int year, String actor) {
        long version = figures.version(Tables.LIVE, tenant, agency, year, null).orElseThrow(() ->
                ProblemException.notFound("figures of agency " + agency + " for", String.valueOf(year)));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        em.createNativeQuery("INSERT INTO lkjip_publication (tenant, agency, year, version, published_by, "
                        + "published_at) VALUES (:t, :a, :y, :v, :by, :at)")
                .setParameter("t", tenant).setParameter("a", agency).setParameter("y", year).setParameter("v", version)
                .setParameter("by", actor).setParameter("at", Timestamp.from(now)).executeUpdate();
        return new Publication(tenant, agency, year, version, actor, now);
    }

    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Publication> latest(String tenant, String agency, int year) {
        List<Object[]> rows = em.createNativeQuery("SELECT version, published_by, published_at FROM "
                        + "lkjip_publication WHERE tenant = :t AND agency = :a AND year = :y "
                        + "ORDER BY published_at DESC LIMIT 1")
                .setParameter("t", tenant).setParameter("a", agency).setParameter("y", year).getResultList();
        return rows.stream().findFirst().map(r -> new Publication(tenant, agency, year, ((Number) r[0]).longValue(),
                (String) r[1], instant(r[2])));
    }

    static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }
}
