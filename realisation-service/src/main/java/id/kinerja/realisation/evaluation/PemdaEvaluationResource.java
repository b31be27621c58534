package id.kinerja.realisation.evaluation;

import id.kinerja.commons.problem.Problem;
import id.kinerja.commons.security.Access;
import id.kinerja.commons.security.Roles;
import id.kinerja.events.realisation.EvaluationPayload;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The pemda's own AKIP evaluation (by KemenPAN-RB) and its follow-up: written by callers not limited to agencies. */
@Path("/api/v1/tenants/{tenant}/evaluations/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "AKIP evaluation")
public class PemdaEvaluationResource {

    @Inject
    EvaluationService evaluations;

    @PUT
    @Access({Roles.VERIFIER, Roles.ADMIN})
    @Operation(operationId = "putPemdaEvaluation", summary = "Record the pemda's AKIP evaluation and its recommendations")
    @APIResponse(responseCode = "200", description = "The evaluation as stored",
            content = @Content(schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or out of range (named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A recommendation with follow-ups would be dropped",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EvaluationView put(@PathParam("tenant") String tenant, @PathParam("year") @Min(2000) @Max(2100) int year,
                              @NotNull @Valid EvaluationInput input) {
        return evaluations.put(tenant, "", year, input);
    }

    @GET
    @Operation(operationId = "getPemdaEvaluation", summary = "The pemda's AKIP evaluation with the follow-up so far")
    @APIResponse(responseCode = "200", description = "The evaluation",
            content = @Content(schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "404", description = "None recorded for the year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EvaluationView get(@PathParam("tenant") String tenant, @PathParam("year") @Min(2000) @Max(2100) int year) {
        return evaluations.get(tenant, "", year);
    }

    @POST
    @Path("/recommendations/{code}/follow-ups")
    @Access({Roles.VERIFIER, Roles.ADMIN})
    @Operation(operationId = "addPemdaFollowUp", summary = "Record a follow-up of a recommendation to the pemda")
    @APIResponse(responseCode = "200", description = "The follow-up",
            content = @Content(schema = @Schema(implementation = EvaluationPayload.FollowUp.class)))
    @APIResponse(responseCode = "404", description = "No such evaluation or recommendation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EvaluationPayload.FollowUp followUp(@PathParam("tenant") String tenant, @PathParam("year") @Min(2000) @Max(2100) int year,
                                               @PathParam("code") String code, @NotNull @Valid FollowUpInput input) {
        return evaluations.followUp(tenant, "", year, code, input);
    }
}
