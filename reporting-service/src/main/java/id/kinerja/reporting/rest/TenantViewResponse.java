package id.kinerja.reporting.rest;

import id.kinerja.reporting.readmodel.TenantView;

public record TenantViewResponse(String code, String name, String regionType, String province, long version) {

    static TenantViewResponse of(TenantView t) {
        return new TenantViewResponse(t.code, t.name, t.regionType, t.province, t.version);
    }
}
