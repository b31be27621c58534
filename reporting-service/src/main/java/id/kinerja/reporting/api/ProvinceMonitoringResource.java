package id.kinerja.reporting.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kinerja.reporting.monitoring.MonitoringReader;
import id.kinerja.reporting.monitoring.MonitoringRollup;
import id.kinerja.reporting.export.Exports;
import id.kinerja.reporting.export.MonitoringTables;
import id.kinerja.spreadsheets.TableWriter;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.inject.Inject;
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

/** In-year monitoring (docs/monitoring.md): stored when events or passing deadlines change it; reads only. */
@Path("/api/v1/provinces/{province}/monitoring/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Monitoring", description = "Reporting compliance against the calendar, year-end projections, early warnings")
public class ProvinceMonitoringResource {

    @Inject
    MonitoringReader reader;
    @Inject
    AgencyScope scope;

    @GET
    @Produces({MediaType.APPLICATION_JSON, TableWriter.XLSX, TableWriter.CSV})
    @Operation(operationId = "getProvinceMonitoring", summary = "A province's monitoring: its pemda ranked by completeness and on-time %, every overdue "
            + "agency, warnings by code (added up from the stored pemda roll-ups)")
    @APIResponse(responseCode = "200", description = "The province roll-up",
            content = @Content(schema = @Schema(implementation = MonitoringRollup.Province.class)))
    public Response province(@PathParam("province") String province, @PathParam("year") int year,
                             @QueryParam("format") @Parameter(description = Exports.FORMAT) String format,
                             @QueryParam("table") @Parameter(description = Exports.TABLE) String table,
                             @HeaderParam("Accept") String accept) {
        var as = Exports.format(format, accept);
        ObjectNode d = reader.province(province, year, scope::seesWholePemda);
        return Exports.respond(as, d, table, "pemantauan-" + province + "-" + year,
                () -> MonitoringTables.cover("Pemantauan provinsi " + province + " " + year, d),
                () -> MonitoringTables.province(d));
    }
}
