package id.kinerja.planning.rest;

import id.kinerja.commons.problem.Problem;
import id.kinerja.commons.problem.ProblemException;
import id.kinerja.events.planning.OrganisationProfilePayload;
import id.kinerja.planning.rest.input.OrganisationProfileInput;
import id.kinerja.planning.service.Change;
import id.kinerja.planning.service.Conflicts;
import id.kinerja.planning.service.OrganisationProfileService;
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

@Path("/api/v1/tenants/{tenant}/agencies/{agency}/profile/{year}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation")
public class OrganisationProfileResource {

    @Inject
    OrganisationProfileService profiles;

    @PUT
    @Transactional
    @Operation(operationId = "putOrganisationProfile", summary = "Set the organisation profile of an agency-year "
            + "(BAB I of the LKjIP): tugas, fungsi, address, head, staff counts, isu strategis")
    @APIResponse(responseCode = "200", description = "What changed and the profile")
    @APIResponse(responseCode = "400", description = "A negative count and other invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A category twice in one staff table",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WriteResponse<OrganisationProfilePayload> put(@PathParam("tenant") String tenant,
                                                         @PathParam("agency") String agency, @PathParam("year") int year,
                                                         @NotNull @Valid OrganisationProfileInput in) {
        Conflicts conflicts = new Conflicts();
        Change change = profiles.put(tenant, agency, year, in, conflicts, "");
        conflicts.throwIfAny();
        return WriteResponse.of(tenant, change, conflicts, profiles.find(tenant, agency, year).orElseThrow());
    }

    @GET
    @Operation(operationId = "getOrganisationProfile", summary = "The organisation profile of an agency-year")
    @APIResponse(responseCode = "200", description = "The profile")
    @APIResponse(responseCode = "404", description = "No profile for the agency-year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrganisationProfilePayload get(@PathParam("tenant") String tenant, @PathParam("agency") String agency,
                                          @PathParam("year") int year) {
        return profiles.find(tenant, agency, year)
                .orElseThrow(() -> ProblemException.notFound("organisation profile of " + agency + " for",
                        String.valueOf(year)));
    }
}
