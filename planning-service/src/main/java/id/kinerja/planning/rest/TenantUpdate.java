package id.kinerja.planning.rest;

import id.kinerja.planning.domain.RegionType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record TenantUpdate(@NotBlank @Size(max = 255) String name, @NotNull RegionType regionType,
                           @Size(max = 128) String province) {
}
