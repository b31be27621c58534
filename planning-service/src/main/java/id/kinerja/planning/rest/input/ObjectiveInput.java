package id.kinerja.planning.rest.input;

import id.kinerja.commons.Codes;
import id.kinerja.events.plan.ObjectiveKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A tujuan or sasaran; a sasaran names its tujuan in parentCode")
public record ObjectiveInput(
        @NotNull ObjectiveKind kind,
        @NotBlank @Size(max = 64) @Pattern(regexp = Codes.CODE) @Schema(examples = "DM-S1") String code,
        @Size(max = 64) @Pattern(regexp = Codes.CODE, message = "letters, digits, '.', '_' or '-'") @Schema(examples = "DM-T1") String parentCode,
        @NotBlank @Size(max = 1000) String name) {
}
