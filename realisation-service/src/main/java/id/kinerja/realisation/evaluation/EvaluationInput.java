package id.kinerja.realisation.evaluation;

import id.kinerja.commons.Codes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An AKIP evaluation as the evaluator issued it; recommendations are matched by code on a later PUT. */
@Schema(description = "AKIP evaluation result with its recommendations")
public record EvaluationInput(
        @NotBlank @Size(max = 200) @Schema(examples = "Inspektorat Kota Dumai") String evaluator,
        @Size(max = 200) @Schema(description = "the number of the evaluation letter (LHE)", examples = "700/1313.1/INSP-C")
        String reference,
        @Schema(description = "the date of the result (letter), where known") LocalDate evaluatedOn,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        @Schema(description = "where the result gives one", examples = "62.15") BigDecimal score,
        @Pattern(regexp = "[Aa][Aa]?|[Bb][Bb]?|[Cc][Cc]?|[Dd]", message = "one of AA, A, BB, B, CC, C, D")
        @Schema(description = "where the result gives one", examples = "B") String category,
        @NotNull @Size(max = 100) List<@Valid @NotNull Recommendation> recommendations) {

    public record Recommendation(
            @NotBlank @Size(max = 64) @Pattern(regexp = Codes.CODE, message = "letters, digits, '.', '_' or '-'")
            @Schema(examples = "R1") String code,
            @NotBlank @Size(max = 2000) @Schema(examples = "Menyelaraskan indikator PK dengan Renstra") String text,
            @Schema(description = "when it must be followed up, where set") LocalDate dueDate) {
    }
}
