package id.kinerja.realisation.rest.input;

import jakarta.validation.constraints.Pattern;
import id.kinerja.commons.Codes;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One realisation as an agency system pushes it. Give {@code value}, or {@code numerator} and
 * {@code denominator} (the value is then computed), or {@code category} for qualitative indicators.
 * {@code quarter} 1-4, or none for the annual figure.
 */
@Schema(description = "A realisation of an indicator for a quarter (1-4) or, without quarter, the year")
public record IndicatorRealisationInput(
        @NotBlank @Size(max = 64) @Pattern(regexp = Codes.CODE, message = "letters, digits, '.', '_' or '-'") @Schema(examples = "DISNAKER") String agencyCode,
        @NotBlank @Size(max = 64) @Pattern(regexp = Codes.CODE, message = "letters, digits, '.', '_' or '-'") @Schema(examples = "DM-IKU-2") String indicatorCode,
        @NotNull @Min(2000) @Max(2100) @Schema(examples = "2024") Integer year,
        @Min(1) @Max(4) @Schema(examples = "4") Integer quarter,
        @Schema(examples = "20.26") BigDecimal value,
        @Schema(examples = "331") BigDecimal numerator,
        @Schema(examples = "1634") BigDecimal denominator,
        @Size(max = 32) String category,
        @Size(max = 64) @Schema(description = "optional; must match the indicator's unit") String unit,
        @Schema(description = "data sementara") Boolean provisional,
        LocalDate finalDataExpected,
        @Size(max = 500) String dataSource,
        @Size(max = 10000) String drivingFactors,
        @Size(max = 10000) String inhibitingFactors,
        @Size(max = 10000) String followUp) {
}
