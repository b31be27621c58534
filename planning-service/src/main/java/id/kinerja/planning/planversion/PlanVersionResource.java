package id.kinerja.planning.planversion;

import id.kinerja.commons.Codes;
import id.kinerja.planning.service.OrganisationService;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Pattern;
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

@Path("/api/v1/tenants/{tenant}/plan-version")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plan import")
public class PlanVersionResource {

    @Inject
    OrganisationService organisation;
    @Inject
    PlanVersions versions;

    /** {@code planVersion}: how many plan changes (events) the tenant has had; every stored change raises it. */
    public record PlanVersion(String tenant, long planVersion) {
    }

    @GET
    @Transactional
    @Operation(operationId = "getPlanVersion", summary = "The tenant's current plan version",
            description = "Every stored plan change raises it by one. A realisation push given ?planVersion= waits "
                    + "until realisation-service has every plan change up to that version.")
    @APIResponse(responseCode = "200", description = "The current plan version", content = @Content(
            schema = @Schema(implementation = PlanVersion.class),
            examples = @ExampleObject(name = "version", value = "{\"tenant\":\"kota-dumai\",\"planVersion\":42}")))
    public PlanVersion get(@PathParam("tenant") @Pattern(regexp = Codes.TENANT) String tenant) {
        organisation.tenant(tenant);
        return new PlanVersion(tenant, versions.current(tenant));
    }
}
