package id.kinerja.planning.rest;

import id.kinerja.commons.problem.Problem;
import id.kinerja.events.planning.RuleSetPayload;
import id.kinerja.planning.domain.RuleSet;
import id.kinerja.planning.rest.input.RuleSetInput;
import id.kinerja.planning.service.Change;
import id.kinerja.planning.service.Conflicts;
import id.kinerja.planning.service.OrganisationService;
import id.kinerja.planning.service.PlanEvents;
import id.kinerja.planning.service.RuleService;
import id.kinerja.commons.security.Access;
import id.kinerja.commons.security.Roles;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Access(value = {Roles.ADMIN}, writesOnly = true)
@Path("/api/v1/tenants/{tenant}/rules")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regional rules", description = "Predicate scale, efficiency rule, rounding, organisation average; versioned")
public class RuleResource {

    @Inject
    RuleService rules;
    @Inject
    OrganisationService organisation;

    @PUT
    @Transactional
    @Operation(operationId = "putRules", summary = "Set the tenant's rules from a year; a change creates a new version, old ones stay")
    @APIResponse(responseCode = "200", description = "What changed and the rules")
    @APIResponse(responseCode = "422", description = "Overlapping or incomplete predicate bands, unknown preset",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WriteResponse<RuleSetPayload> put(@PathParam("tenant") String tenant, @NotNull @Valid RuleSetInput in) {
        Conflicts conflicts = new Conflicts();
        Change change = rules.put(tenant, in, conflicts, "");
        conflicts.throwIfAny();
        return WriteResponse.of(tenant, change, conflicts,
                PlanEvents.payload(RuleSet.latest(tenant, in.effectiveFromYear()).orElseThrow()));
    }

    @GET
    @Operation(operationId = "getRulesInForce", summary = "The rules in force in a year")
    @APIResponse(responseCode = "200", description = "The rules")
    @APIResponse(responseCode = "404", description = "No rules effective in or before that year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RuleSetPayload inForce(@PathParam("tenant") String tenant, @QueryParam("year") @NotNull Integer year) {
        return PlanEvents.payload(rules.inForce(tenant, year));
    }

    @GET
    @Path("/history")
    @Operation(operationId = "getRuleHistory", summary = "Every version of the tenant's rules")
    @APIResponse(responseCode = "200", description = "All versions, oldest first")
    public List<RuleSetPayload> history(@PathParam("tenant") String tenant) {
        organisation.tenant(tenant);
        return RuleSet.history(tenant).stream().map(PlanEvents::payload).toList();
    }
}
