package id.kinerja.reporting.readmodel;

import id.kinerja.commons.security.TenantProvinces;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which province each pemda belongs to, kept in memory (loaded at start, updated by the organisation
 * projection) so the access check of a province-wide reader costs no query.
 */
@ApplicationScoped
public class ProvinceDirectory implements TenantProvinces {

    private final Map<String, String> provinces = new ConcurrentHashMap<>();

    @Transactional
    void load(@Observes StartupEvent start) {
        TenantView.<TenantView>listAll().forEach(t -> put(t.code, t.province));
    }

    void put(String tenant, String province) {
        if (province != null) {
            provinces.put(tenant, province);
        }
    }

    @Override
    public Optional<String> provinceOf(String tenant) {
        return Optional.ofNullable(provinces.get(tenant));
    }
}
