package id.kinerja.planning.rest.input;

import id.kinerja.commons.Codes;
import id.kinerja.events.plan.PkStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(description = "A Perjanjian Kinerja; in an import it may arrive signed and with its amendments")
public record PkInput(
        @NotBlank @Size(max = 64) @Pattern(regexp = Codes.CODE) @Schema(examples = "PK-KADIS") String code,
        @Size(max = 500) String title,
        @NotNull @Valid PartyInput signer,
        @NotNull @Valid PartyInput counterSigner,
        @Size(max = 64) @Pattern(regexp = Codes.CODE, message = "letters, digits, '.', '_' or '-'") @Schema(description = "code of the PK this one cascades from") String parentCode,
        @NotNull @Valid PkContentInput content,
        @Schema(description = "import only: SIGNED to sign version 1") PkStatus status,
        @Schema(description = "import only: date version 1 was signed") LocalDate signedDate,
        @Schema(description = "import only: amendments in order") @Valid List<@NotNull AmendmentInput> amendments) {
}
