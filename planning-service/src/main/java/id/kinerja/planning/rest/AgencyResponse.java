package id.kinerja.planning.rest;

import id.kinerja.planning.domain.Agency;

import java.time.Instant;

public record AgencyResponse(String tenant, String code, String name, String shortName, boolean active, long version,
                             Instant updatedAt) {

    static AgencyResponse of(Agency a) {
        return new AgencyResponse(a.tenant, a.code, a.name, a.shortName, a.active, a.version, a.updatedAt);
    }
}
