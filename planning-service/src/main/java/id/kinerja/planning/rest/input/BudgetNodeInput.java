package id.kinerja.planning.rest.input;

import jakarta.validation.constraints.Pattern;
import id.kinerja.commons.Codes;
import id.kinerja.events.plan.BudgetLevel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "A program (2.07.03), kegiatan (2.07.03.2.01) or sub-kegiatan (2.07.03.2.01.0001); pagu only on leaves")
public record BudgetNodeInput(
        @NotNull BudgetLevel level,
        @NotBlank @Size(max = 64) @Pattern(regexp = Codes.CODE, message = "letters, digits, '.', '_' or '-'") @Schema(examples = "2.07.03.2.01.0001") String code,
        @Size(max = 64) @Pattern(regexp = Codes.CODE, message = "letters, digits, '.', '_' or '-'") @Schema(description = "optional: derived from the code") String parentCode,
        @NotBlank @Size(max = 1000) String name,
        @Size(max = 64) @Pattern(regexp = Codes.CODE, message = "letters, digits, '.', '_' or '-'") @Schema(description = "the sasaran this node supports", examples = "DM-S1") String sasaranCode,
        List<@NotBlank @Size(max = 64) @Pattern(regexp = Codes.CODE, message = "letters, digits, '.', '_' or '-'") String> indicatorCodes,
        @Valid List<@NotNull PaguInput> pagu,
        @Valid List<@NotNull ReportedTotalInput> reportedPagu) {
}
