package id.kinerja.planning.rest;

import id.kinerja.commons.problem.Problem;
import id.kinerja.events.planning.QuarterlyTargetPayload;
import id.kinerja.planning.domain.QuarterlyTarget;
import id.kinerja.planning.rest.input.QuarterlyTargetInput;
import id.kinerja.planning.service.Change;
import id.kinerja.planning.service.Conflicts;
import id.kinerja.planning.service.PlanEvents;
import id.kinerja.planning.service.QuarterlyTargetService;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

import java.util.List;

@Path("/api/v1/tenants/{tenant}/agencies/{agency}/quarterly-targets/{year}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rencana aksi", description = "Quarterly (TW I-IV) targets of PK indicators")
public class QuarterlyTargetResource {

    @Inject
    QuarterlyTargetService targets;

    @PUT
    @Transactional
    @Operation(operationId = "putQuarterlyTargets", summary = "Set the quarterly targets of a PK indicator; disagreement with the year target is a warning")
    @APIResponse(responseCode = "200", description = "What changed, warnings with the numbers, and the targets")
    @APIResponse(responseCode = "400", description = "Quarter outside 1-4 and other invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown PK or indicator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WriteResponse<QuarterlyTargetPayload> put(@PathParam("tenant") String tenant,
                                                     @PathParam("agency") String agency, @PathParam("year") int year,
                                                     @NotNull @Valid QuarterlyTargetInput in) {
        Conflicts conflicts = new Conflicts();
        Change change = targets.upsert(tenant, agency, year, in, conflicts, "");
        conflicts.throwIfAny();
        return WriteResponse.of(tenant, change, conflicts, PlanEvents.payload(
                QuarterlyTarget.find(tenant, agency, year, in.pkCode(), in.indicatorCode()).orElseThrow()));
    }

    @GET
    @Operation(operationId = "listQuarterlyTargets", summary = "All quarterly targets of the agency-year")
    @APIResponse(responseCode = "200", description = "The targets")
    public List<QuarterlyTargetPayload> list(@PathParam("tenant") String tenant, @PathParam("agency") String agency,
                                             @PathParam("year") int year) {
        return targets.list(tenant, agency, year).stream().map(PlanEvents::payload).toList();
    }
}
