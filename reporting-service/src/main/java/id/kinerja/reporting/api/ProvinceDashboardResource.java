package id.kinerja.reporting.api;

import id.kinerja.reporting.rollup.ProvinceDashboard;
import id.kinerja.reporting.rollup.RollupReader;
import id.kinerja.reporting.store.StoredFigures;
import id.kinerja.events.EventCodec;
import id.kinerja.reporting.export.ReportTables;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.inject.Inject;
import id.kinerja.reporting.export.Exports;
import id.kinerja.spreadsheets.ExportFormat;
import id.kinerja.spreadsheets.TableWriter;
import jakarta.ws.rs.HeaderParam;
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

@Path("/api/v1/provinces/{province}/dashboard/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboards")
public class ProvinceDashboardResource {

    @Inject
    RollupReader rollups;
    @Inject
    AgencyScope scope;

    @GET
    @Produces({MediaType.APPLICATION_JSON, TableWriter.XLSX, TableWriter.CSV})
    @Operation(summary = "Province dashboard: every pemda of the province (by the tenant's province name), the average "
            + "over all their agencies, predicate distribution, pagu, spending and absorption (added up from the "
            + "stored pemda roll-ups)")
    @APIResponse(responseCode = "200", description = "The dashboard",
            content = @Content(schema = @Schema(implementation = ProvinceDashboard.class)))
    @APIResponse(responseCode = "404", description = "No pemda of that province is known")
    public Response dashboard(@PathParam("province") String province, @PathParam("year") int year,
                                       @QueryParam("through") @DefaultValue("4") int through,
                                       @QueryParam("official") @DefaultValue("true") boolean official,
                                       @QueryParam("asOf") @Parameter(description = AsOf.DESCRIPTION) String asOf,
                            @QueryParam("format") @Parameter(description = Exports.FORMAT) String format,
                            @QueryParam("table") @Parameter(description = Exports.TABLE) String table,
                            @HeaderParam("Accept") String accept) {
        ExportFormat as = Exports.format(format, accept);
        ProvinceDashboard d = rollups.province(province, year, StoredFigures.through(through), official,
                AsOf.parse(asOf), scope::seesWholePemda);
        return Exports.respond(as, d, table, "dasbor-provinsi-" + province + "-" + year,
                () -> new TableWriter.Cover("Dasbor provinsi " + province + " " + year + " s.d. TW " + through,
                        "roll-up tersimpan pemda", java.time.Instant.now()),
                () -> ReportTables.province(EventCodec.mapper().valueToTree(d)));
    }
}
