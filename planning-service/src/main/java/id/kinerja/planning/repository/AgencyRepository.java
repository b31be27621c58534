package id.kinerja.planning.repository;

import id.kinerja.planning.domain.Agency;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AgencyRepository implements PanacheRepositoryBase<Agency, UUID> {

    public Optional<Agency> findByCode(String tenant, String code) {
        return find("tenant = :tenant and code = :code", Parameters.with("tenant", tenant).and("code", code))
                .firstResultOptional();
    }

    public Optional<Agency> findByCodeForUpdate(String tenant, String code) {
        return find("tenant = :tenant and code = :code", Parameters.with("tenant", tenant).and("code", code))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public PanacheQuery<Agency> listByTenant(String tenant, Sort sort) {
        return find("tenant", sort, tenant);
    }
}
