package id.kinerja.planning.rest.input;

import jakarta.validation.constraints.Pattern;
import id.kinerja.commons.Codes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * Everything an agency plans for one year, created or updated by natural keys (codes) in one transaction.
 * Sections are optional; {@code renstraCode} names an existing Renstra when the document does not carry one.
 */
@Schema(description = "One agency-year plan: Renstra slice, budget tree, PKs, quarterly targets, (tenant) rules and the organisation profile")
public record PlanImportDocument(
        @NotNull @Min(2000) @Max(2100) @Schema(examples = "2024") Integer year,
        @Valid RenstraInput renstra,
        @Size(max = 64) @Pattern(regexp = Codes.CODE, message = "letters, digits, '.', '_' or '-'") String renstraCode,
        @Valid List<@NotNull ObjectiveInput> objectives,
        @Valid List<@NotNull IndicatorInput> indicators,
        @Valid List<@NotNull BudgetNodeInput> budget,
        @Valid List<@NotNull PkInput> pks,
        @Valid List<@NotNull QuarterlyTargetInput> quarterlyTargets,
        @Valid RuleSetInput rules,
        @Valid @Schema(description = "optional: the organisation profile of the agency as of the year")
        OrganisationProfileInput profile) {
}
