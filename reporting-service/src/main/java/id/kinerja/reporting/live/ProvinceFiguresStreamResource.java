package id.kinerja.reporting.live;

import id.kinerja.commons.security.Caller;
import id.kinerja.commons.security.TenantProvinces;
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

import java.util.function.Predicate;

/**
 * The figures stream of a whole province (every pemda in it), for provincial portals; as
 * {@link FiguresStreamResource}.
 */
@Path("/api/v1/provinces/{province}/figures/stream")
@Tag(name = "Dashboards")
public class ProvinceFiguresStreamResource {

    @Inject
    FiguresFeed feed;
    @Inject
    LiveConfig config;
    @Inject
    Caller caller;
    @Inject
    TenantProvinces provinces;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "streamProvinceFigureChanges", summary = "Server-sent events: which agency-year's figures changed in any pemda of this province; "
            + "resumes from Last-Event-ID")
    @APIResponse(responseCode = "200", description = "An endless stream of changes, with ': ping' heartbeats")
    public Multi<OutboundSseEvent> province(@PathParam("province") String province,
                                            @Parameter(description = "the id of the last change received, to resume from")
                                            @HeaderParam("Last-Event-ID") String lastEventId, @Context Sse sse) {
        Predicate<FigureChange> scope = StreamScope.province(province, caller.identity(), provinces);
        return new FigureEvents(feed.recent(), sse, config.heartbeat()).stream(StreamPosition.parse(lastEventId), scope);
    }
}
