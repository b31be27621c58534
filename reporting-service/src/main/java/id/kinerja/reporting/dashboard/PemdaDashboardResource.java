package id.kinerja.reporting.dashboard;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenants/{tenant}/dashboard/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboards")
public class PemdaDashboardResource {

    @Inject
    DashboardService dashboards;

    @GET
    @Operation(summary = "Pemda dashboard: every agency's average capaian and absorption, predicate distribution, totals")
    @APIResponse(responseCode = "200", description = "The dashboard")
    public PemdaDashboard dashboard(@PathParam("tenant") String tenant, @PathParam("year") int year,
                                    @QueryParam("through") @DefaultValue("4") int through,
                                    @QueryParam("official") @DefaultValue("true") boolean official) {
        return dashboards.pemdaYear(tenant, year, through, official);
    }
}
