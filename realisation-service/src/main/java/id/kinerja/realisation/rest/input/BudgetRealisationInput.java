package id.kinerja.realisation.rest.input;

import jakarta.validation.constraints.Pattern;
import id.kinerja.commons.Codes;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** Rupiah spent on a sub-kegiatan in one quarter, and its cumulative physical progress. */
@Schema(description = "Budget realisation of a sub-kegiatan in a quarter; cumulative figures are derived")
public record BudgetRealisationInput(
        @NotBlank @Size(max = 64) @Pattern(regexp = Codes.CODE, message = "letters, digits, '.', '_' or '-'") String agencyCode,
        @NotBlank @Size(max = 64) @Pattern(regexp = Codes.CODE, message = "letters, digits, '.', '_' or '-'") @Schema(examples = "2.07.03.2.01.0001") String subKegiatanCode,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotNull @Min(1) @Max(4) Integer quarter,
        @NotNull @PositiveOrZero @Digits(integer = 18, fraction = 2) @Schema(description = "spent in this quarter")
        BigDecimal amount,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) @Schema(description = "% fisik, cumulative") BigDecimal physicalProgress,
        @Size(max = 1000) @Schema(description = "required when the cumulative spending exceeds the pagu in force")
        String overPaguReason) {
}
