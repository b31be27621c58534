package id.kinerja.planning.rest.input;

import id.kinerja.commons.Codes;
import id.kinerja.events.plan.Aggregation;
import id.kinerja.events.plan.Direction;
import id.kinerja.events.plan.IndicatorLevel;
import id.kinerja.events.plan.ValueType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

@Schema(description = "An indicator of the Renstra (tujuan/sasaran level) or an output indicator of a budget node")
public record IndicatorInput(
        @NotBlank @Size(max = 64) @Pattern(regexp = Codes.CODE) @Schema(examples = "DM-IKU-1") String code,
        @NotNull IndicatorLevel level,
        @NotBlank @Size(max = 64) @Pattern(regexp = Codes.CODE, message = "letters, digits, '.', '_' or '-'") @Schema(description = "sasaran/tujuan code, or budget code for output indicators", examples = "DM-S1") String parentCode,
        @NotBlank @Size(max = 1000) String name,
        @NotBlank @Size(max = 64) @Schema(examples = "%") String unit,
        @Size(max = 10000) String definition,
        @Size(max = 10000) String formula,
        @Size(max = 10000) String numeratorDefinition,
        @Size(max = 10000) String denominatorDefinition,
        @Size(max = 500) String dataSource,
        @NotNull Direction direction,
        BigDecimal rangeLower,
        BigDecimal rangeUpper,
        @NotNull Aggregation aggregation,
        @NotNull ValueType valueType,
        @Schema(description = "ordered low to high, for CATEGORY indicators", examples = "[\"D\",\"C\",\"CC\",\"B\",\"BB\",\"A\",\"AA\"]")
        List<@NotBlank @Size(max = 32) String> categories,
        Boolean iku,
        @Valid TargetInput baseline,
        @Valid TargetInput endTarget,
        @NotNull @Valid List<@NotNull TargetInput> targets,
        @Schema(description = "optional national or provincial values the LKjIP compares with")
        @Valid List<@NotNull ReferenceInput> references) {

    /** A national or provincial value of the same measure for a year, with its source. */
    public record ReferenceInput(@NotNull @Min(2000) @Max(2100) Integer year,
                                 @NotNull id.kinerja.events.plan.ReferenceValue.Scope scope,
                                 @NotNull BigDecimal value, @Size(max = 500) String source) {
    }
}
