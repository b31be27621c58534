package id.kinerja.reporting.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kinerja.commons.problem.Problem;
import id.kinerja.reporting.monitoring.MonitoringReader;
import id.kinerja.reporting.monitoring.PemdaMonitoring;
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
@Path("/api/v1/tenants/{tenant}/monitoring/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Monitoring", description = "Reporting compliance against the calendar, year-end projections, early warnings")
public class PemdaMonitoringResource {

    @Inject
    MonitoringReader reader;
    @Inject
    AgencyScope scope;

    @GET
    @Produces({MediaType.APPLICATION_JSON, TableWriter.XLSX, TableWriter.CSV})
    @Operation(operationId = "getPemdaMonitoring", summary = "A pemda-year's monitoring roll-up: per quarter agencies due and their status, completeness "
            + "and on-time %, agencies ranked, overdue agencies, warnings by code")
    @APIResponse(responseCode = "200", description = "The stored roll-up (for callers limited to some agencies: "
            + "added up over those agencies' stored figures)",
            content = @Content(schema = @Schema(implementation = PemdaMonitoring.class)))
    @APIResponse(responseCode = "404", description = "No monitoring figures for the pemda-year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response pemda(@PathParam("tenant") String tenant, @PathParam("year") int year,
                             @QueryParam("format") @Parameter(description = Exports.FORMAT) String format,
                             @QueryParam("table") @Parameter(description = Exports.TABLE) String table,
                             @HeaderParam("Accept") String accept) {
        var as = Exports.format(format, accept);
        ObjectNode d = reader.pemda(tenant, year, scope::sees, !scope.limited());
        return Exports.respond(as, d, table, "pemantauan-" + tenant + "-" + year,
                () -> MonitoringTables.cover("Pemantauan pemda " + tenant + " " + year, d),
                () -> MonitoringTables.pemda(d));
    }
}
