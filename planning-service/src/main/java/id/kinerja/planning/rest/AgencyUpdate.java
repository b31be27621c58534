package id.kinerja.planning.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record AgencyUpdate(@NotBlank @Size(max = 255) String name, @Size(max = 64) String shortName,
                           Boolean active) {
}
