package id.kinerja.realisation.replica;

import id.kinerja.events.EventEnvelope;
import id.kinerja.events.planning.AgencyPayload;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Keeps the plan replica current, "upsert if newer" by aggregate version. */
@ApplicationScoped
public class PlanReplica {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void agency(EventEnvelope event, AgencyPayload agency) {
        em.createNativeQuery("""
                        INSERT INTO replica_agency (tenant, code, name, active, version)
                        VALUES (:tenant, :code, :name, :active, :version)
                        ON CONFLICT (tenant, code) DO UPDATE SET name = EXCLUDED.name, active = EXCLUDED.active,
                            version = EXCLUDED.version
                        WHERE replica_agency.version < EXCLUDED.version""")
                .setParameter("tenant", event.tenant())
                .setParameter("code", agency.code())
                .setParameter("name", agency.name())
                .setParameter("active", agency.active())
                .setParameter("version", event.aggregateVersion())
                .executeUpdate();
    }
}
