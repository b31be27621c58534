package id.kinerja.reporting.readmodel;

import id.kinerja.events.EventEnvelope;
import id.kinerja.events.planning.AgencyPayload;
import id.kinerja.events.planning.TenantPayload;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;

/** Upserts tenant and agency views, keeping a row only if the event is newer than what is stored. */
@ApplicationScoped
public class OrganisationProjection {

    @Inject
    EntityManager em;
    @Inject
    ProvinceDirectory provinces;
    @Inject
    Event<PemdaChanged> pemdaChanged;

    @Transactional(Transactional.TxType.MANDATORY)
    public void tenant(EventEnvelope event, TenantPayload tenant) {
        em.createNativeQuery("""
                        INSERT INTO tenant_view (code, name, region_type, province, version, updated_at)
                        VALUES (:code, :name, :regionType, :province, :version, :at)
                        ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, region_type = EXCLUDED.region_type,
                            province = EXCLUDED.province, version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
                        WHERE tenant_view.version < EXCLUDED.version""")
                .setParameter("code", tenant.code())
                .setParameter("name", tenant.name())
                .setParameter("regionType", tenant.regionType())
                .setParameter("province", tenant.province())
                .setParameter("version", event.aggregateVersion())
                .setParameter("at", Timestamp.from(event.occurredAt()))
                .executeUpdate();
        String previous = provinces.provinceOf(tenant.code()).orElse(null);
        provinces.put(tenant.code(), tenant.province());
        pemdaChanged.fire(new PemdaChanged(tenant.code(), previous));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void agency(EventEnvelope event, AgencyPayload agency) {
        em.createNativeQuery("""
                        INSERT INTO agency_view (tenant, code, name, short_name, active, version, updated_at)
                        VALUES (:tenant, :code, :name, :shortName, :active, :version, :at)
                        ON CONFLICT (tenant, code) DO UPDATE SET name = EXCLUDED.name, short_name = EXCLUDED.short_name,
                            active = EXCLUDED.active, version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
                        WHERE agency_view.version < EXCLUDED.version""")
                .setParameter("tenant", event.tenant())
                .setParameter("code", agency.code())
                .setParameter("name", agency.name())
                .setParameter("shortName", agency.shortName())
                .setParameter("active", agency.active())
                .setParameter("version", event.aggregateVersion())
                .setParameter("at", Timestamp.from(event.occurredAt()))
                .executeUpdate();
    }
}
