package id.kinerja.reporting.api;

import id.kinerja.commons.problem.ProblemException;
import id.kinerja.commons.security.Caller;
import id.kinerja.reporting.rollup.NationalDashboard;
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
import java.util.List;

@Path("/api/v1/national/dashboard/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboards")
public class NationalDashboardResource {

    @Inject
    RollupReader rollups;
    @Inject
    RollupCache cache;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "getNationalDashboard", summary = "National roll-up: every province (added up from its pemda's stored roll-ups) and the "
            + "nation's average over all agencies, predicate distribution, pagu, spending and absorption; for "
            + "platform-wide callers (tenant claim '*'); the current one is served from memory with an ETag")
    @APIResponse(responseCode = "200", description = "The dashboard",
            content = @Content(schema = @Schema(implementation = NationalDashboard.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "403", description = "The caller is not platform-wide")
    public Response dashboard(@PathParam("year") int year,
                              @QueryParam("through") @DefaultValue("4") int through,
                              @QueryParam("official") @DefaultValue("true") boolean official,
                              @QueryParam("asOf") @Parameter(description = AsOf.DESCRIPTION) String asOf,
                              @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        if (!caller.identity().platform()) {
            throw new ProblemException(403, "Forbidden", "the national roll-up is for platform-wide callers "
                    + "(tenant claim '*')", List.of());
        }
        int quarter = StoredFigures.through(through);
        Instant at = AsOf.parse(asOf);
        if (at != null) {
            return Response.ok(rollups.national(year, quarter, official, at)).build();
        }
        return CachedJson.answer(cache.national(year + "|" + quarter + "|" + official,
                () -> rollups.national(year, quarter, official, null)), ifNoneMatch);
    }
}
