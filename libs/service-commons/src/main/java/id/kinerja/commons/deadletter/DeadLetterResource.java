package id.kinerja.commons.deadletter;

import id.kinerja.commons.paging.PageQuery;
import id.kinerja.commons.paging.Paged;
import id.kinerja.commons.problem.Problem;
import id.kinerja.commons.security.Access;
import id.kinerja.commons.security.Roles;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Platform operators inspect the events this service's consumers rejected for good, and re-drive them. */
@Access(Roles.ADMIN)
@Path("/api/v1/admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@IfBuildProperty(name = "kinerja.dead-letter.admin-api", stringValue = "true")
public class DeadLetterResource {

    @Inject
    DeadLetterBrowser browser;

    @GET
    @Operation(operationId = "listDeadLetters", summary = "Dead letters of this service's consumers, oldest first, with source topic, partition, "
            + "offset, reason and exception class")
    @APIResponse(responseCode = "200", description = "A page of dead letters")
    public Paged<DeadLetterBrowser.DeadLetter> list(@Valid @BeanParam PageQuery paging) {
        return browser.list(paging.page, paging.pageSize);
    }

    @POST
    @Path("/{partition}/{offset}/redrive")
    @Operation(operationId = "redriveDeadLetter", summary = "Apply a dead letter again through the consumer that rejected it (idempotent: applied once)",
            description = "outcome APPLIED, or DEAD_LETTERED_AGAIN (it still fails for good; a new dead letter "
                    + "marked redriven-from)")
    @APIResponse(responseCode = "200", description = "Re-driven")
    @APIResponse(responseCode = "404", description = "No such dead letter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DeadLetterBrowser.Redriven redrive(@PathParam("partition") @Min(0) @Max(10_000) int partition,
                                              @PathParam("offset") @Min(0) long offset) {
        return browser.redrive(partition, offset);
    }
}
