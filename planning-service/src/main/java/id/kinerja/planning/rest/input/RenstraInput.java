package id.kinerja.planning.rest.input;

import id.kinerja.commons.Codes;
import id.kinerja.events.plan.RenstraVersionKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(description = "A Renstra header with its versions (original, Perubahan, Suplemen)")
public record RenstraInput(
        @NotBlank @Size(max = 64) @Pattern(regexp = Codes.CODE) @Schema(examples = "2021-2026") String code,
        @Size(max = 500) @Schema(examples = "Renstra Dinas Tenaga Kerja Kota Dumai 2021-2026") String title,
        @NotNull @Min(2000) @Max(2100) @Schema(examples = "2021") Integer periodStart,
        @NotNull @Min(2000) @Max(2100) @Schema(examples = "2026") Integer periodEnd,
        @Size(max = 500) String legalBasis,
        @NotEmpty @Valid List<Version> versions) {

    @Schema(description = "Version 1 is the ORIGINAL; later ones are PERUBAHAN or SUPLEMEN")
    public record Version(@NotNull @Min(1) Integer versionNo, @NotNull RenstraVersionKind kind,
                          @Size(max = 255) String decreeNumber, LocalDate decreeDate, @Size(max = 1000) String note) {
    }
}
