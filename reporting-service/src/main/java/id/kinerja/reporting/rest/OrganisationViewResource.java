package id.kinerja.reporting.rest;

import id.kinerja.commons.paging.PageQuery;
import id.kinerja.commons.paging.Paged;
import id.kinerja.commons.problem.Problem;
import id.kinerja.commons.problem.ProblemException;
import id.kinerja.reporting.readmodel.AgencyView;
import id.kinerja.reporting.readmodel.TenantView;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import id.kinerja.commons.security.Caller;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import java.util.List;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The organisation as reporting-service knows it from planning events. */
@Path("/api/v1/tenants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation (read model)", description = "Pemda and agencies as projected from planning events")
public class OrganisationViewResource {

    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listTenants", summary = "List known pemda (tenants)")
    @APIResponse(responseCode = "200", description = "A page of tenants")
    public Paged<TenantViewResponse> tenants(@Valid @BeanParam PageQuery page) {
        var rows = TenantView.<TenantView>findAll(Sort.by("code")).page(Page.of(page.page - 1, page.pageSize)).list();
        return Paged.of(rows, TenantViewResponse::of, page.page, page.pageSize, TenantView.count());
    }

    @GET
    @Path("/{tenant}/agencies")
    @Operation(operationId = "listAgencies", summary = "List a tenant's agencies (OPD)")
    @APIResponse(responseCode = "200", description = "A page of agencies")
    public Paged<AgencyViewResponse> agencies(@PathParam("tenant") String tenant, @Valid @BeanParam PageQuery page) {
        // a caller limited to some agencies lists only those
        List<String> limitedTo = caller.identity().agencies();
        String query = limitedTo.isEmpty() ? "tenant = ?1" : "tenant = ?1 and code in ?2";
        Object[] params = limitedTo.isEmpty() ? new Object[]{tenant} : new Object[]{tenant, limitedTo};
        var rows = AgencyView.<AgencyView>find(query, Sort.by("code"), params)
                .page(Page.of(page.page - 1, page.pageSize)).list();
        return Paged.of(rows, AgencyViewResponse::of, page.page, page.pageSize, AgencyView.count(query, params));
    }

    @GET
    @Path("/{tenant}/agencies/{code}")
    @Operation(operationId = "getAgency", summary = "Get one agency")
    @APIResponse(responseCode = "200", description = "The agency")
    @APIResponse(responseCode = "404", description = "Not (yet) known",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AgencyViewResponse agency(@PathParam("tenant") String tenant, @PathParam("code") String code) {
        AgencyView view = AgencyView.findById(new AgencyView.Key(tenant, code));
        if (view == null) {
            throw ProblemException.notFound("agency", code);
        }
        return AgencyViewResponse.of(view);
    }
}
