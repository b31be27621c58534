package id.kinerja.planning.repository;

import id.kinerja.planning.domain.Tenant;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Optional;

@ApplicationScoped
public class TenantRepository implements PanacheRepositoryBase<Tenant, String> {

    public Optional<Tenant> findForUpdate(String code) {
        return findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE);
    }
}
