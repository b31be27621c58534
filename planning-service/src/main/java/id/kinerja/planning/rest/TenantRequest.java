package id.kinerja.planning.rest;

import id.kinerja.commons.Codes;
import id.kinerja.planning.domain.RegionType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A pemda (tenant)")
public record TenantRequest(
        @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = Codes.TENANT, message = "lower-case words joined by hyphens")
        @Schema(examples = "kota-dumai") String code,
        @NotBlank @Size(max = 255) @Schema(examples = "Pemerintah Kota Dumai") String name,
        @NotNull @Schema(examples = "KOTA") RegionType regionType,
        @Size(max = 128) @Schema(examples = "Riau") String province) {
}
