package id.kinerja.reporting.api;

import id.kinerja.events.EventCodec;
import id.kinerja.reporting.export.Exports;
import id.kinerja.reporting.export.ReportTables;
import id.kinerja.reporting.rollup.ProvinceDashboard;
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

@Path("/api/v1/provinces/{province}/dashboard/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboards")
public class ProvinceDashboardResource {

    @Inject
    RollupReader rollups;
    @Inject
    RollupCache cache;
    @Inject
    AgencyScope scope;

    @GET
    @Produces({MediaType.APPLICATION_JSON, TableWriter.XLSX, TableWriter.CSV})
    @Operation(operationId = "getProvinceDashboard", summary = "Province dashboard: every pemda of the province (by the tenant's province name), the average "
            + "over all their agencies, predicate distribution, pagu, spending and absorption (added up from the "
            + "stored pemda roll-ups; the current JSON is served from memory until a figure under it changes, with "
            + "an ETag: send If-None-Match to get 304)")
    @APIResponse(responseCode = "200", description = "The dashboard",
            content = @Content(schema = @Schema(implementation = ProvinceDashboard.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No pemda of that province is known")
    public Response dashboard(@PathParam("province") String province, @PathParam("year") int year,
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
            return CachedJson.answer(cache.province(province, year + "|" + quarter + "|" + official,
                    () -> rollups.province(province, year, quarter, official, null, t -> true)), ifNoneMatch);
        }
        ProvinceDashboard d = rollups.province(province, year, quarter, official, at, scope::seesWholePemda);
        return Exports.respond(as, d, table, "dasbor-provinsi-" + province + "-" + year,
                () -> new TableWriter.Cover("Dasbor provinsi " + province + " " + year + " s.d. TW " + through,
                        "roll-up tersimpan pemda", Instant.now()),
                () -> ReportTables.province(EventCodec.mapper().valueToTree(d)));
    }
}
