package id.kinerja.realisation.evaluation;

import id.kinerja.events.realisation.EvaluationPayload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** What the agency did about a recommendation; evidence files are attached to the follow-up afterwards. */
public record FollowUpInput(
        @NotBlank @Size(max = 2000) @Schema(examples = "Reviu IKU bersama Bappeda") String action,
        @Size(max = 2000) @Schema(examples = "Notulen reviu IKU") String output,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "an http(s) link")
        @Schema(description = "where the evidence is, when it is a link (files: attach them as evidence)")
        String evidenceUrl,
        @Size(max = 500) @Schema(examples = "Sub bag Perencanaan") String responsible,
        @NotNull LocalDate date,
        @NotNull @Schema(description = "IN_PROGRESS or DONE") EvaluationPayload.Status status) {
}
