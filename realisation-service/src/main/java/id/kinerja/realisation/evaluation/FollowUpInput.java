package id.kinerja.realisation.evaluation;

import id.kinerja.events.realisation.EvaluationPayload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** What the agency did about a recommendation; evidence files are attached to the follow-up afterwards. */
public record FollowUpInput(
        @NotBlank @Size(max = 2000) @Schema(examples = "Reviu IKU bersama Bappeda") String action,
        @NotNull LocalDate date,
        @NotNull @Schema(description = "IN_PROGRESS or DONE") EvaluationPayload.Status status) {
}
