package id.kinerja.reporting.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kinerja.reporting.monitoring.MonitoringReader;
import id.kinerja.reporting.monitoring.MonitoringRollup;
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
    @Operation(summary = "A province's monitoring: its pemda ranked by completeness and on-time %, every overdue "
            + "agency, warnings by code (added up from the stored pemda roll-ups)")
    @APIResponse(responseCode = "200", description = "The province roll-up",
            content = @Content(schema = @Schema(implementation = MonitoringRollup.Province.class)))
    public ObjectNode province(@PathParam("province") String province, @PathParam("year") int year) {
        return reader.province(province, year, scope::seesWholePemda);
    }
}
