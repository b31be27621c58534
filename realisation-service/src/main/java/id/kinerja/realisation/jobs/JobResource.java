package id.kinerja.realisation.jobs;

import id.kinerja.commons.problem.Problem;
import id.kinerja.commons.problem.ProblemException;
import id.kinerja.commons.security.Caller;
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

import java.util.UUID;

/**
 * A push accepted as a job ({@code 202 Accepted}, {@code Location} here). Within the tenant (the AccessFilter);
 * a caller limited to some agencies sees only the jobs it submitted, any other job answers like an unknown one.
 */
@Path("/api/v1/tenants/{tenant}/jobs/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import jobs", description = "Large pushes processed in the background")
public class JobResource {

    static final String RUNNING = """
            {"id":"0193a6f2-7c1e-7d3a-9a41-2f0c5e7b8d10","kind":"indicator-realisations","state":"running",
             "dryRun":false,"atomic":true,"bodyBytes":94371840,"rowsRead":412000,"rowsAccepted":412000,
             "rowsRejected":0,"attempts":1,"submittedBy":"sipd-dinas-kesehatan",
             "submittedAt":"2026-12-02T16:00:00Z","startedAt":"2026-12-02T16:00:04Z"}""";

    @Inject
    JobStore store;
    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "getImportJob", summary = "State and progress of a push accepted as a job; its import "
            + "summary (done) or problem (failed) when it has ended")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(schema = @Schema(implementation = ImportJob.class),
                    examples = @ExampleObject(name = "running", value = RUNNING)))
    @APIResponse(responseCode = "404", description = "No such job in the tenant (or one of another caller limited "
            + "to its agencies)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public ImportJob get(@PathParam("tenant") String tenant, @PathParam("id") UUID id) throws Exception {
        ImportJob job = store.find(tenant, id).orElse(null);
        boolean limited = !caller.identity().agencies().isEmpty();
        if (job == null || (limited && !job.submittedBy().equals(caller.actor()))) {
            throw ProblemException.notFound("import job", String.valueOf(id));
        }
        return job;
    }
}
