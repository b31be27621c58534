package id.kinerja.planning.planversion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * The tenant's plan version: a gap-free sequence over its planning events. Numbers are taken with the row lock
 * of the tenant's counter, held until the transaction ends, so two writers of one tenant cannot interleave their
 * numbers and a rolled-back transaction leaves no gap.
 */
@ApplicationScoped
public class PlanVersions {

    @Inject
    EntityManager em;

    /** Reserves {@code count} numbers for the tenant; returns the last (the first is last - count + 1). */
    @Transactional(Transactional.TxType.MANDATORY)
    public long reserve(String tenant, int count) {
        Number last = (Number) em.createNativeQuery("""
                        INSERT INTO tenant_plan_sequence (tenant, seq) VALUES (:tenant, :count)
                        ON CONFLICT (tenant) DO UPDATE SET seq = tenant_plan_sequence.seq + EXCLUDED.seq
                        RETURNING seq""")
                .setParameter("tenant", tenant)
                .setParameter("count", (long) count)
                .getSingleResult();
        return last.longValue();
    }

    /** The tenant's plan version as this transaction sees it (its own events included); 0 before any. */
    @Transactional
    public long current(String tenant) {
        List<?> seq = em.createNativeQuery("SELECT seq FROM tenant_plan_sequence WHERE tenant = :tenant")
                .setParameter("tenant", tenant).getResultList();
        return seq.isEmpty() ? 0L : ((Number) seq.get(0)).longValue();
    }
}
