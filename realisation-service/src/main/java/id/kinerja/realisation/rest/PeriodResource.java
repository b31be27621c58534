package id.kinerja.realisation.rest;

import jakarta.validation.constraints.Size;
import id.kinerja.commons.problem.Problem;
import id.kinerja.events.realisation.PeriodLockPayload;
import id.kinerja.realisation.service.PeriodLockService;
import id.kinerja.commons.security.Access;
import id.kinerja.commons.security.Roles;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Duration;
import java.time.Instant;

@Access(Roles.ADMIN)
@Path("/api/v1/tenants/{tenant}/periods/{year}/{quarter}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Period locks", description = "Lock a period after signing; reopen for one agency with a reason")
public class PeriodResource {

    @Inject
    PeriodLockService locks;
    @Inject
    KnownAgencies agencies;

    public record LockRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    public record ReopenRequest(@NotBlank @Size(max = 64) String agencyCode,
                                @NotBlank @Size(max = 1000) String reason,
                                @NotNull @Min(1) @Max(720) Integer hours) {
    }

    public record ReopenGrant(String agencyCode, String period, Instant expiresAt) {
    }

    @POST
    @Path("/lock")
    @Operation(operationId = "lockPeriod", summary = "Lock the period: writes into it are refused with 409")
    @APIResponse(responseCode = "200", description = "Locked")
    public PeriodLockPayload lock(@PathParam("tenant") String tenant, @PathParam("year") @Min(2000) @Max(2100) int year,
                                  @PathParam("quarter") @Min(1) @Max(4) int quarter, @NotNull @Valid LockRequest in) {
        return locks.setLocked(tenant, year, quarter, true, in.reason(), Actors.current());
    }

    @POST
    @Path("/unlock")
    @Operation(operationId = "unlockPeriod", summary = "Unlock the period for everyone")
    @APIResponse(responseCode = "200", description = "Unlocked")
    public PeriodLockPayload unlock(@PathParam("tenant") String tenant, @PathParam("year") @Min(2000) @Max(2100) int year,
                                    @PathParam("quarter") @Min(1) @Max(4) int quarter, @NotNull @Valid LockRequest in) {
        return locks.setLocked(tenant, year, quarter, false, in.reason(), Actors.current());
    }

    @POST
    @Path("/reopen")
    @Operation(operationId = "reopenPeriod", summary = "Let one agency correct a locked period for a limited time, with a reason")
    @APIResponse(responseCode = "200", description = "The grant and when it expires")
    @APIResponse(responseCode = "400", description = "Missing reason or duration",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReopenGrant reopen(@PathParam("tenant") String tenant, @PathParam("year") @Min(2000) @Max(2100) int year,
                              @PathParam("quarter") @Min(1) @Max(4) int quarter, @NotNull @Valid ReopenRequest in) {
        agencies.require(tenant, in.agencyCode(), "agencyCode");
        Instant expires = locks.grantReopen(tenant, in.agencyCode(), year, quarter, in.reason(),
                Duration.ofHours(in.hours()), Actors.current());
        return new ReopenGrant(in.agencyCode(), year + "Q" + quarter, expires);
    }
}
