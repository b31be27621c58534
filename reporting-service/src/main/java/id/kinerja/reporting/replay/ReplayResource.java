package id.kinerja.reporting.replay;

import id.kinerja.commons.problem.ProblemException;
import id.kinerja.commons.security.Access;
import id.kinerja.commons.security.Roles;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Access(Roles.ADMIN)
@Path("/api/v1/admin/replay")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "Rebuild the read models from the topics")
public class ReplayResource {

    @Inject
    ReplayService replay;

    @POST
    @Operation(operationId = "startReplay", summary = "Rebuild every read model from the beginning of the planning and realisation topics, into "
            + "shadow tables swapped in at the end (dashboards keep answering with the current figures meanwhile)")
    @APIResponse(responseCode = "202", description = "Started (or already running, on any pod); poll GET for progress")
    public Response start() {
        return Response.accepted(replay.start()).build();
    }

    @GET
    @Operation(operationId = "getReplayStatus", summary = "Progress of the last replay, whichever pod runs it: state, phase, events applied of the total")
    @APIResponse(responseCode = "200", description = "The status")
    @APIResponse(responseCode = "404", description = "No replay has run")
    public ReplayRuns.Status status() {
        ReplayRuns.Status status = replay.status();
        if (status == null) {
            throw ProblemException.notFound("replay", "any");
        }
        return status;
    }
}
