package id.kinerja.planning.calendar;

import id.kinerja.commons.problem.Problem;
import id.kinerja.commons.security.Access;
import id.kinerja.commons.security.Roles;
import id.kinerja.events.planning.ReportingCalendarPayload;
import id.kinerja.planning.domain.Tenant;
import id.kinerja.planning.rest.WriteResponse;
import id.kinerja.planning.service.Conflicts;
import id.kinerja.planning.service.OrganisationService;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Access(value = {Roles.ADMIN}, writesOnly = true)
@Path("/api/v1/tenants/{tenant}/reporting-calendar")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reporting calendar", description = "Deadlines per quarter and early-warning thresholds; versioned")
public class CalendarResource {

    @Inject
    CalendarService calendars;
    @Inject
    OrganisationService organisation;

    @PUT
    @Transactional
    @Operation(summary = "Set the tenant's own calendar (overrides its province's default); a change is a new version")
    @APIResponse(responseCode = "200", description = "What changed and the calendar now in force")
    @APIResponse(responseCode = "422", description = "Deadlines out of order",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WriteResponse<ReportingCalendarPayload> put(@PathParam("tenant") String tenant,
                                                       @NotNull @Valid CalendarInput in) {
        return WriteResponse.of(tenant, calendars.putTenant(tenant, in), new Conflicts(), calendars.inForce(tenant));
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The calendar in force: the tenant's own, else its province's default, else the platform's")
    @APIResponse(responseCode = "200", description = "The calendar and where it comes from")
    public ReportingCalendarPayload inForce(@PathParam("tenant") String tenant) {
        return calendars.inForce(tenant);
    }

    @GET
    @Path("/history")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Every version of the tenant's own calendar")
    @APIResponse(responseCode = "200", description = "All versions, oldest first")
    public List<ReportingCalendarPayload> history(@PathParam("tenant") String tenant) {
        Tenant t = organisation.tenant(tenant);
        return calendars.history(ReportingCalendar.TENANT, tenant, t.province);
    }
}
