package id.kinerja.planning.rest;

import id.kinerja.commons.Codes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An agency (OPD) of the tenant")
public record AgencyRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = Codes.CODE, message = "letters, digits, '.', '_' or '-'")
        @Schema(examples = "DISNAKER") String code,
        @NotBlank @Size(max = 255) @Schema(examples = "Dinas Tenaga Kerja Kota Dumai") String name,
        @Size(max = 64) @Schema(examples = "Disnaker") String shortName,
        @Schema(description = "defaults to true") Boolean active) {
}
