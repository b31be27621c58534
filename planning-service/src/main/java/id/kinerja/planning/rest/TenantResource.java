package id.kinerja.planning.rest;

import id.kinerja.commons.Codes;
import id.kinerja.commons.paging.PageQuery;
import id.kinerja.commons.paging.Paged;
import id.kinerja.commons.problem.Problem;
import id.kinerja.planning.domain.Tenant;
import id.kinerja.planning.service.OrganisationService;
import id.kinerja.commons.security.Access;
import id.kinerja.commons.security.Roles;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Access(value = {Roles.ADMIN}, writesOnly = true)
@Path("/api/v1/tenants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation", description = "Pemda (tenants) and their agencies (OPD)")
public class TenantResource {

    @Inject
    OrganisationService organisation;

    @POST
    @Operation(operationId = "createTenant", summary = "Register a pemda (tenant)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = TenantResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A tenant with this code exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull @Valid TenantRequest request, @Context UriInfo uri) {
        Tenant tenant = organisation.createTenant(request.code(), request.name(), request.regionType(),
                request.province());
        return Response.created(uri.getAbsolutePathBuilder().path(tenant.code).build())
                .entity(TenantResponse.of(tenant)).build();
    }

    @PUT
    @Path("/{tenant}")
    @Operation(operationId = "updateTenant", summary = "Change a pemda's name, level or province")
    @APIResponse(responseCode = "200", description = "Updated (or unchanged)")
    @APIResponse(responseCode = "404", description = "No such tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TenantResponse update(@PathParam("tenant") @Pattern(regexp = Codes.TENANT) String tenant,
                                 @NotNull @Valid TenantUpdate request) {
        return TenantResponse.of(organisation.updateTenant(tenant, request.name(), request.regionType(),
                request.province()));
    }

    @GET
    @Operation(operationId = "listTenants", summary = "List pemda (tenants), paged")
    @APIResponse(responseCode = "200", description = "A page of tenants")
    public Paged<TenantResponse> list(@Valid @BeanParam PageQuery page) {
        return Paged.of(organisation.tenants(page.page - 1, page.pageSize), TenantResponse::of, page.page,
                page.pageSize, organisation.tenantCount());
    }

    @GET
    @Path("/{tenant}")
    @Operation(operationId = "getTenant", summary = "Get one pemda (tenant)")
    @APIResponse(responseCode = "200", description = "The tenant")
    @APIResponse(responseCode = "404", description = "No such tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TenantResponse get(@PathParam("tenant") String tenant) {
        return TenantResponse.of(organisation.tenant(tenant));
    }
}
