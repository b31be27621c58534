package id.kinerja.planning.rest;

import id.kinerja.planning.domain.RegionType;
import id.kinerja.planning.domain.Tenant;

import java.time.Instant;

public record TenantResponse(String code, String name, RegionType regionType, String province, long version,
                             Instant updatedAt) {

    static TenantResponse of(Tenant t) {
        return new TenantResponse(t.code, t.name, t.regionType, t.province, t.version, t.updatedAt);
    }
}
