package id.kinerja.reporting.api;

import id.kinerja.reporting.publish.VersionHistory;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/tenants/{tenant}/agencies/{agency}/figures/{year}/versions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboards")
public class FiguresVersionsResource {

    @Inject
    VersionHistory history;

    @GET
    @Operation(operationId = "listFigureVersions", summary = "The figures versions of an agency-year, newest first: when each was computed, until when "
            + "it held, and the events (record and version) that caused it")
    @APIResponse(responseCode = "200", description = "The versions (empty: nothing known of the agency-year)")
    public List<VersionHistory.FiguresVersion> versions(@PathParam("tenant") String tenant,
                                                        @PathParam("agency") String agency,
                                                        @PathParam("year") int year) {
        return history.of(tenant, agency, year);
    }
}
