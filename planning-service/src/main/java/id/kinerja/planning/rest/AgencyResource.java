package id.kinerja.planning.rest;

import id.kinerja.commons.paging.Order;
import id.kinerja.commons.paging.PageQuery;
import id.kinerja.commons.paging.Paged;
import id.kinerja.commons.problem.Problem;
import id.kinerja.planning.domain.Agency;
import id.kinerja.planning.service.OrganisationService;
import id.kinerja.commons.security.Access;
import id.kinerja.commons.security.Roles;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Set;

@Access(value = {Roles.ADMIN}, writesOnly = true)
@Path("/api/v1/tenants/{tenant}/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation")
public class AgencyResource {

    private static final Set<String> ORDERABLE = Set.of("code", "name", "updatedAt");

    @Inject
    OrganisationService organisation;

    @POST
    @Operation(operationId = "createAgency", summary = "Register an agency (OPD) of the tenant")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = AgencyResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The code is taken in this tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@PathParam("tenant") String tenant, @NotNull @Valid AgencyRequest request,
                           @Context UriInfo uri) {
        Agency agency = organisation.createAgency(tenant, request.code(), request.name(), request.shortName(),
                request.active() == null || request.active());
        return Response.created(uri.getAbsolutePathBuilder().path(agency.code).build())
                .entity(AgencyResponse.of(agency)).build();
    }

    @PUT
    @Path("/{code}")
    @Operation(operationId = "updateAgency", summary = "Change an agency; an unchanged body creates no new version")
    @APIResponse(responseCode = "200", description = "Updated (or unchanged)")
    @APIResponse(responseCode = "404", description = "No such tenant or agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AgencyResponse update(@PathParam("tenant") String tenant, @PathParam("code") String code,
                                 @NotNull @Valid AgencyUpdate request) {
        return AgencyResponse.of(organisation.updateAgency(tenant, code, request.name(), request.shortName(),
                request.active() == null || request.active()));
    }

    @GET
    @Operation(operationId = "listAgencies", summary = "List the tenant's agencies, paged and ordered")
    @APIResponse(responseCode = "200", description = "A page of agencies")
    public Paged<AgencyResponse> list(@PathParam("tenant") String tenant, @Valid @BeanParam PageQuery page,
                                      @QueryParam("order") @Parameter(description = "e.g. name:asc; fields: code, name, updatedAt")
                                      String order) {
        return Paged.of(organisation.agencies(tenant, Order.parse(order, ORDERABLE, "code"), page.page - 1,
                page.pageSize), AgencyResponse::of, page.page, page.pageSize, organisation.agencyCount(tenant));
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getAgency", summary = "Get one agency")
    @APIResponse(responseCode = "200", description = "The agency")
    @APIResponse(responseCode = "404", description = "No such tenant or agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AgencyResponse get(@PathParam("tenant") String tenant, @PathParam("code") String code) {
        return AgencyResponse.of(organisation.agency(tenant, code));
    }
}
