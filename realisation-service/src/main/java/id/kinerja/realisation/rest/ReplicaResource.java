package id.kinerja.realisation.rest;

import id.kinerja.commons.problem.Problem;
import id.kinerja.commons.problem.ProblemException;
import id.kinerja.realisation.replica.ReplicaAgency;
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

/** Shows integrators which plan objects this service accepts realisations for. */
@Path("/api/v1/tenants/{tenant}/plan-replica")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plan replica", description = "What realisation-service knows of the plan (from planning events)")
public class ReplicaResource {

    public record ReplicaAgencyResponse(String tenant, String code, String name, boolean active, long version) {
    }

    @GET
    @Path("/agencies/{code}")
    @Operation(operationId = "getReplicatedAgency", summary = "Is this agency known here (and at which plan version)?")
    @APIResponse(responseCode = "200", description = "The replicated agency")
    @APIResponse(responseCode = "404", description = "Not (yet) replicated",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReplicaAgencyResponse agency(@PathParam("tenant") String tenant, @PathParam("code") String code) {
        ReplicaAgency agency = ReplicaAgency.findById(new ReplicaAgency.Key(tenant, code));
        if (agency == null) {
            throw ProblemException.notFound("agency", code);
        }
        return new ReplicaAgencyResponse(agency.tenant, agency.code, agency.name, agency.active, agency.version);
    }
}
