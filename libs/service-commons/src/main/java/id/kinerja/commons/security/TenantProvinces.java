package id.kinerja.commons.security;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** The province of a tenant, for province-wide readers; only reporting-service knows it (from events). */
public interface TenantProvinces {

    Optional<String> provinceOf(String tenant);

    @ApplicationScoped
    @DefaultBean
    class None implements TenantProvinces {
        @Override
        public Optional<String> provinceOf(String tenant) {
            return Optional.empty();
        }
    }
}
