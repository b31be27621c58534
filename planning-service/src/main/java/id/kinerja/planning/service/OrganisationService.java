package id.kinerja.planning.service;

import id.kinerja.planning.planversion.PlanOutbox;
import id.kinerja.commons.problem.ProblemException;
import id.kinerja.events.EventCatalog;
import id.kinerja.events.EventEnvelope;
import id.kinerja.events.planning.AgencyPayload;
import id.kinerja.events.planning.TenantPayload;
import id.kinerja.planning.domain.Agency;
import id.kinerja.planning.domain.RegionType;
import id.kinerja.planning.domain.Tenant;
import id.kinerja.planning.repository.AgencyRepository;
import id.kinerja.planning.repository.TenantRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Tenants (pemda) and their agencies (OPD). Every change emits a state-carrying event via the outbox. */
@ApplicationScoped
public class OrganisationService {

    @Inject
    TenantRepository tenants;
    @Inject
    AgencyRepository agencies;
    @Inject
    PlanOutbox outbox;
    /** Observed by the reporting calendar: a new pemda, or one that moved, follows its province's default. */
    @Inject
    jakarta.enterprise.event.Event<Tenant> tenantChanged;

    @Transactional
    public Tenant createTenant(String code, String name, RegionType regionType, String province) {
        if (tenants.findByIdOptional(code).isPresent()) {
            throw ProblemException.conflict("tenant '" + code + "' already exists");
        }
        Tenant tenant = new Tenant();
        tenant.code = code;
        tenant.name = name;
        tenant.regionType = regionType;
        tenant.province = province;
        tenant.version = 1;
        tenant.createdAt = Instant.now();
        tenant.updatedAt = tenant.createdAt;
        tenants.persist(tenant);
        emit(tenant);
        return tenant;
    }

    @Transactional
    public Tenant updateTenant(String code, String name, RegionType regionType, String province) {
        Tenant tenant = tenants.findForUpdate(code).orElseThrow(() -> ProblemException.notFound("tenant", code));
        if (Objects.equals(tenant.name, name) && tenant.regionType == regionType
                && Objects.equals(tenant.province, province)) {
            return tenant; // unchanged: no new version, no event
        }
        tenant.name = name;
        tenant.regionType = regionType;
        tenant.province = province;
        tenant.version++;
        tenant.updatedAt = Instant.now();
        emit(tenant);
        return tenant;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Tenant tenant(String code) {
        return tenants.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("tenant", code));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Tenant> tenants(int pageIndex, int pageSize) {
        return tenants.findAll(Sort.by("code")).page(Page.of(pageIndex, pageSize)).list();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long tenantCount() {
        return tenants.count();
    }

    @Transactional
    public Agency createAgency(String tenantCode, String code, String name, String shortName, boolean active) {
        tenant(tenantCode);
        if (agencies.findByCode(tenantCode, code).isPresent()) {
            throw ProblemException.conflict("agency '" + code + "' already exists in tenant '" + tenantCode + "'");
        }
        Agency agency = new Agency();
        agency.id = UUID.randomUUID();
        agency.tenant = tenantCode;
        agency.code = code;
        agency.name = name;
        agency.shortName = shortName;
        agency.active = active;
        agency.version = 1;
        agency.createdAt = Instant.now();
        agency.updatedAt = agency.createdAt;
        agencies.persist(agency);
        emit(agency);
        return agency;
    }

    @Transactional
    public Agency updateAgency(String tenantCode, String code, String name, String shortName, boolean active) {
        tenant(tenantCode);
        Agency agency = agencies.findByCodeForUpdate(tenantCode, code)
                .orElseThrow(() -> ProblemException.notFound("agency", code));
        if (Objects.equals(agency.name, name) && Objects.equals(agency.shortName, shortName)
                && agency.active == active) {
            return agency;
        }
        agency.name = name;
        agency.shortName = shortName;
        agency.active = active;
        agency.version++;
        agency.updatedAt = Instant.now();
        emit(agency);
        return agency;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Agency agency(String tenantCode, String code) {
        tenant(tenantCode);
        return agencies.findByCode(tenantCode, code).orElseThrow(() -> ProblemException.notFound("agency", code));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Agency> agencies(String tenantCode, Sort sort, int pageIndex, int pageSize) {
        tenant(tenantCode);
        return agencies.listByTenant(tenantCode, sort).page(Page.of(pageIndex, pageSize)).list();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long agencyCount(String tenantCode) {
        return agencies.count("tenant", tenantCode);
    }

    private void emit(Tenant tenant) {
        outbox.append(EventEnvelope.of(EventCatalog.TENANT_UPSERTED, tenant.code, tenant.code, tenant.version, null,
                new TenantPayload(tenant.code, tenant.name, tenant.regionType.name(), tenant.province)));
        tenantChanged.fire(tenant);
    }

    private void emit(Agency agency) {
        outbox.append(EventEnvelope.of(EventCatalog.AGENCY_UPSERTED, agency.tenant, agency.code, agency.version, null,
                new AgencyPayload(agency.code, agency.name, agency.shortName, agency.active)));
    }
}
