package id.kinerja.planning.calendar;

import id.kinerja.commons.problem.Problem;
import id.kinerja.commons.security.Access;
import id.kinerja.commons.security.Roles;
import id.kinerja.events.planning.ReportingCalendarPayload;
import id.kinerja.planning.rest.WriteResponse;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

/** A province's default calendar for its pemda (a platform admin, or an admin of that province, sets it). */
@Access(value = {Roles.ADMIN}, writesOnly = true)
@Path("/api/v1/provinces/{province}/reporting-calendar")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reporting calendar")
public class ProvinceCalendarResource {

    @Inject
    CalendarService calendars;

    @PUT
    @Transactional
    @Operation(summary = "Set the province's default calendar; pemda without their own calendar follow it")
    @APIResponse(responseCode = "200", description = "What changed and the province's default now")
    @APIResponse(responseCode = "422", description = "Deadlines out of order",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WriteResponse<ReportingCalendarPayload> put(@PathParam("province") @Size(max = 255) String province,
                                                       @NotNull @Valid CalendarInput in) {
        return new WriteResponse<>(calendars.putProvince(province, in), List.of(), calendars.provinceDefault(province));
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The province's default calendar (the platform default while it has set none)")
    @APIResponse(responseCode = "200", description = "The default")
    public ReportingCalendarPayload get(@PathParam("province") @Size(max = 255) String province) {
        return calendars.provinceDefault(province);
    }
}
