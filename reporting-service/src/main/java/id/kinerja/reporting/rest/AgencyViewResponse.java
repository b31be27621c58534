package id.kinerja.reporting.rest;

import id.kinerja.reporting.readmodel.AgencyView;

import java.time.Instant;

public record AgencyViewResponse(String tenant, String code, String name, String shortName, boolean active,
                                 long version, Instant updatedAt) {

    static AgencyViewResponse of(AgencyView a) {
        return new AgencyViewResponse(a.tenant, a.code, a.name, a.shortName, a.active, a.version, a.updatedAt);
    }
}
