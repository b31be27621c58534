package id.kinerja.reporting.api;

import id.kinerja.events.EventCodec;
import id.kinerja.reporting.export.Exports;
import id.kinerja.reporting.export.ReportTables;
import id.kinerja.reporting.rollup.PemdaDashboard;
import id.kinerja.reporting.rollup.RollupCache;
import id.kinerja.reporting.rollup.RollupReader;
import id.kinerja.reporting.store.StoredFigures;
import id.kinerja.spreadsheets.ExportFormat;
import id.kinerja.spreadsheets.TableWriter;
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
    @Produces({MediaType.APPLICATION_JSON, TableWriter.XLSX, TableWriter.CSV})
    @Operation(operationId = "getPemdaDashboard", summary = "Pemda dashboard: every agency's average capaian and absorption, predicate distribution, "
            + "totals (the stored roll-up of the agencies' stored figures; the current JSON is served from memory "
            + "until a figure of the pemda changes, with an ETag: send If-None-Match to get 304)")
    @APIResponse(responseCode = "200", description = "The dashboard (a caller limited to agencies: those agencies only)",
            content = @Content(schema = @Schema(implementation = PemdaDashboard.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    public Response dashboard(@PathParam("tenant") String tenant, @PathParam("year") int year,
                              @QueryParam("through") @DefaultValue("4") int through,
                              @QueryParam("official") @DefaultValue("true") boolean official,
                              @QueryParam("asOf") @Parameter(description = AsOf.DESCRIPTION) String asOf,
                              @QueryParam("format") @Parameter(description = Exports.FORMAT) String format,
                              @QueryParam("table") @Parameter(description = Exports.TABLE) String table,
                              @HeaderParam("Accept") String accept,
                              @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ExportFormat as = Exports.format(format, accept);
        int quarter = StoredFigures.through(through);
        Instant at = AsOf.parse(asOf);
        if (as == ExportFormat.JSON && at == null && !scope.limited()) {
            return CachedJson.answer(cache.pemda(tenant, year + "|" + quarter + "|" + official,
                    () -> rollups.pemda(tenant, year, quarter, official, null)), ifNoneMatch);
        }
        PemdaDashboard d = scope.pemda(tenant, year, quarter, official, at);
        return Exports.respond(as, d, table, "dasbor-" + tenant + "-" + year,
                () -> new TableWriter.Cover("Dasbor pemda " + tenant + " " + year + " s.d. TW " + through,
                        "roll-up tersimpan OPD", Instant.now()),
                () -> ReportTables.pemda(EventCodec.mapper().valueToTree(d)));
    }
}
