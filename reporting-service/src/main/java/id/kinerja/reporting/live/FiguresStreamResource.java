package id.kinerja.reporting.live;

import id.kinerja.commons.security.Caller;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Server-sent events of figure changes, fed on every pod from the {@code reporting.figures} topic (docs/reporting.md,
 * "Live updates"): each change's id is a stream position that {@code Last-Event-ID} resumes from, on any pod.
 */
@Path("/api/v1/tenants/{tenant}/figures/stream")
@Tag(name = "Dashboards")
public class FiguresStreamResource {

    @Inject
    FiguresFeed feed;
    @Inject
    LiveConfig config;
    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "streamFigureChanges", summary = "Server-sent events: which agency-year's figures changed in this pemda (the agencies of the "
            + "caller's scope only); resumes from Last-Event-ID")
    @APIResponse(responseCode = "200", description = "An endless stream of changes, with ': ping' heartbeats")
    public Multi<OutboundSseEvent> tenant(@PathParam("tenant") String tenant,
                                          @Parameter(description = "the id of the last change received, to resume from")
                                          @HeaderParam("Last-Event-ID") String lastEventId, @Context Sse sse) {
        return new FigureEvents(feed.recent(), sse, config.heartbeat())
                .stream(StreamPosition.parse(lastEventId), StreamScope.tenant(tenant, caller.identity()));
    }

}
