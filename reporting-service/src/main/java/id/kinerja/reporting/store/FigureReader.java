package id.kinerja.reporting.store;

import id.kinerja.reporting.snapshot.Tables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads stored figures of an agency-year, current or as they stood at an instant: the figures version valid
 * then, and every row valid at that version. Never computes.
 */
@ApplicationScoped
public class FigureReader {

    @Inject
    EntityManager em;

    /** The version valid at the instant (null: now) if the agency-year had figures then. */
    public Optional<Long> version(Tables tables, String tenant, String agency, int year, Instant asOf) {
        return version(tables, tenant, agency, year, asOf, true);
    }

    /** {@code withFigures}: only a version in which a Renstra covered the year (else findings alone count). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> version(Tables tables, String tenant, String agency, int year, Instant asOf,
                                  boolean withFigures) {
        Query q = em.createNativeQuery("SELECT version FROM " + tables.figureVersion() + " WHERE tenant = :t AND "
                        + "agency = :a AND year = :y AND " + (withFigures ? "has_figures AND " : "") + (asOf == null ? "superseded_at IS NULL"
                        : "computed_at <= :at AND (superseded_at IS NULL OR superseded_at > :at)"))
                .setParameter("t", tenant).setParameter("a", agency).setParameter("y", year);
        if (asOf != null) {
            q.setParameter("at", Timestamp.from(asOf));
        }
        return q.getResultList().stream().findFirst().map(v -> ((Number) v).longValue());
    }

    /** The given columns of the rows of a figure table valid at the version, by key (exact or a prefix with %). */
    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Object[]> rows(Tables tables, FigureTable table, String columns, String tenant, String agency, int year,
                               long version, String fkey, String orderBy) {
        return em.createNativeQuery("SELECT " + columns + ", 0 FROM " + table.in(tables) + " WHERE tenant = :t AND "
                        + "agency = :a AND year = :y AND fkey LIKE :k AND from_version <= :v AND (to_version IS NULL "
                        + "OR to_version > :v) ORDER BY " + orderBy)
                .setParameter("t", tenant).setParameter("a", agency).setParameter("y", year).setParameter("k", fkey)
                .setParameter("v", version).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Instant computedAt(Tables tables, String tenant, String agency, int year, long version) {
        List<?> found = em.createNativeQuery("SELECT computed_at FROM " + tables.figureVersion() + " WHERE tenant = :t"
                        + " AND agency = :a AND year = :y AND version = :v")
                .setParameter("t", tenant).setParameter("a", agency).setParameter("y", year).setParameter("v", version)
                .getResultList();
        if (found.isEmpty()) {
            return null;
        }
        Object v = found.get(0);
        return v instanceof Instant i ? i : v instanceof java.time.OffsetDateTime o ? o.toInstant()
                : ((Timestamp) v).toInstant();
    }

    /** One text column of the row with the exact key. */
    public Optional<String> text(Tables tables, FigureTable table, String column, String tenant, String agency,
                                 int year, long version, String fkey) {
        return rows(tables, table, column, tenant, agency, year, version, escape(fkey), "fkey").stream()
                .findFirst().map(r -> (String) r[0]);
    }

    static String escape(String fkey) {
        return fkey.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
