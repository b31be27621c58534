package id.kinerja.reporting.api;

import id.kinerja.reporting.rollup.PemdaDashboard;
import id.kinerja.reporting.rollup.RollupCache;
import id.kinerja.reporting.rollup.RollupReader;
import id.kinerja.reporting.store.StoredFigures;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;

@Path("/api/v1/tenants/{tenant}/dashboard/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboards")
public class PemdaDashboardResource {

    @Inject
    AgencyScope scope;
    @Inject
    RollupReader rollups;
    @Inject
    RollupCache cache;

    @GET
    @Operation(operationId = "getPemdaDashboard", summary = "Pemda dashboard: every agency's average capaian and absorption, predicate distribution, "
            + "totals (the stored roll-up of the agencies' stored figures; the current one is served from memory "
            + "until a figure of the pemda changes, with an ETag: send If-None-Match to get 304)")
    @APIResponse(responseCode = "200", description = "The dashboard (a caller limited to agencies: those agencies only)",
            content = @Content(schema = @Schema(implementation = PemdaDashboard.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    public Response dashboard(@PathParam("tenant") String tenant, @PathParam("year") int year,
                              @QueryParam("through") @DefaultValue("4") int through,
                              @QueryParam("official") @DefaultValue("true") boolean official,
                              @QueryParam("asOf") @Parameter(description = AsOf.DESCRIPTION) String asOf,
                              @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        int quarter = StoredFigures.through(through);
        Instant at = AsOf.parse(asOf);
        if (at != null || scope.limited()) {
            return Response.ok(scope.pemda(tenant, year, quarter, official, at)).build();
        }
        return CachedJson.answer(cache.pemda(tenant, year + "|" + quarter + "|" + official,
                () -> rollups.pemda(tenant, year, quarter, official, null)), ifNoneMatch);
    }
}
