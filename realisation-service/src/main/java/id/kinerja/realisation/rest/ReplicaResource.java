package id.kinerja.realisation.rest;

import id.kinerja.commons.problem.Problem;
import id.kinerja.commons.problem.ProblemException;
import id.kinerja.realisation.replica.PlanWatermarks;
import id.kinerja.realisation.replica.ReplicaAgency;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Shows integrators which plan objects this service accepts realisations for. */
@Path("/api/v1/tenants/{tenant}/plan-replica")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plan replica", description = "What realisation-service knows of the plan (from planning events)")
public class ReplicaResource {

    @Inject
    PlanWatermarks watermarks;

    /** {@code planVersion}: every plan change of the tenant up to this version is here. */
    public record ReplicatedPlanVersion(String tenant, long planVersion) {
    }

    @GET
    @Path("/plan-version")
    @Operation(operationId = "getReplicatedPlanVersion", summary = "Up to which plan version this service has the "
            + "tenant's plan", description = "Compare with the planVersion planning-service answered: a push given "
            + "?planVersion= waits for this to reach it.")
    @APIResponse(responseCode = "200", description = "The replicated plan version (0 before any)", content = @Content(
            schema = @Schema(implementation = ReplicatedPlanVersion.class),
            examples = @ExampleObject(name = "version", value = "{\"tenant\":\"kota-dumai\",\"planVersion\":42}")))
    public ReplicatedPlanVersion planVersion(@PathParam("tenant") String tenant) {
        return new ReplicatedPlanVersion(tenant, watermarks.watermark(tenant));
    }

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
