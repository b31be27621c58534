package id.kinerja.planning.rest.input;

import jakarta.validation.constraints.Pattern;
import id.kinerja.commons.Codes;
import id.kinerja.events.plan.CategoryPolicy;
import id.kinerja.events.plan.EfficiencyRule;
import id.kinerja.events.plan.OrganisationAverage;
import id.kinerja.events.plan.RoundingMode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

@Schema(description = "Regional rules effective from a year: give predicateScale, or a preset code in predicateScalePreset")
public record RuleSetInput(
        @NotNull @Min(2000) @Max(2100) Integer effectiveFromYear,
        @Valid Scale predicateScale,
        @Size(max = 64) @Schema(examples = "PERMENDAGRI_86_2017") String predicateScalePreset,
        @NotNull EfficiencyRule efficiencyRule,
        @NotNull RoundingMode roundingMode,
        @NotNull @Min(0) @Max(6) Integer roundingPrecision,
        CategoryPolicy categoryPolicy,
        @Valid OrganisationAverageInput organisationAverage,
        @Size(max = 1000) String note) {

    public record Scale(@NotBlank @Size(max = 64) @Pattern(regexp = Codes.CODE, message = "letters, digits, '.', '_' or '-'") String code, @NotBlank @Size(max = 255) String name,
                        @NotEmpty @Valid List<@NotNull Band> bands) {
    }

    /** Which indicators count in the organisation-level average; the codes are checked like any other code. */
    public record OrganisationAverageInput(
            OrganisationAverage.Mode mode,
            @Size(max = 10000) List<@NotBlank @Size(max = 64)
            @Pattern(regexp = Codes.CODE, message = "letters, digits, '.', '_' or '-'") String> indicatorCodes) {
        public OrganisationAverage toEvent() {
            return new OrganisationAverage(mode, indicatorCodes);
        }
    }

    @Schema(description = "null lower = no lower limit; null upper = no upper limit (covers capaian above 100)")
    public record Band(@NotBlank @Size(max = 64) String label, BigDecimal lower, @NotNull Boolean lowerInclusive,
                       BigDecimal upper, @NotNull Boolean upperInclusive) {
    }
}
