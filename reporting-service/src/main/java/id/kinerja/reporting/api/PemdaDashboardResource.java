package id.kinerja.reporting.api;

import id.kinerja.reporting.rollup.PemdaDashboard;
import id.kinerja.reporting.store.StoredFigures;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenants/{tenant}/dashboard/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboards")
public class PemdaDashboardResource {

    @Inject
    AgencyScope scope;

    @GET
    @Operation(summary = "Pemda dashboard: every agency's average capaian and absorption, predicate distribution, "
            + "totals (the stored roll-up of the agencies' stored figures)")
    @APIResponse(responseCode = "200", description = "The dashboard (a caller limited to agencies: those agencies only)")
    public PemdaDashboard dashboard(@PathParam("tenant") String tenant, @PathParam("year") int year,
                                    @QueryParam("through") @DefaultValue("4") int through,
                                    @QueryParam("official") @DefaultValue("true") boolean official,
                                    @QueryParam("asOf") @Parameter(description = AsOf.DESCRIPTION) String asOf) {
        return scope.pemda(tenant, year, StoredFigures.through(through), official, AsOf.parse(asOf));
    }
}
