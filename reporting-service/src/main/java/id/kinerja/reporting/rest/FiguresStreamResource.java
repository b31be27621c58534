package id.kinerja.reporting.rest;

import id.kinerja.events.reporting.FiguresChangedPayload;
import id.kinerja.reporting.readmodel.FigureNotifier;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

@Path("/api/v1/tenants/{tenant}/figures/stream")
@Tag(name = "Dashboards")
public class FiguresStreamResource {

    @Inject
    FigureNotifier figures;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Server-sent events: which agency-year's figures changed (also on the reporting.figures topic)")
    @APIResponse(responseCode = "200", description = "An endless stream of changes")
    public Multi<FiguresChangedPayload> stream(@PathParam("tenant") String tenant) {
        return figures.stream(tenant);
    }
}
