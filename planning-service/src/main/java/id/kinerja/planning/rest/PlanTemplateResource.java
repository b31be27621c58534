package id.kinerja.planning.rest;

import id.kinerja.commons.problem.Problem;
import id.kinerja.planning.spreadsheet.PlanWorkbooks;
import id.kinerja.spreadsheets.TableWriter;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The plan template of an agency-year (the same path shape as realisation-service's templates). */
@Path("/api/v1/tenants/{tenant}/agencies/{agency}/templates/{year}")
@Produces(TableWriter.XLSX)
@Tag(name = "Plan import", description = "One document per agency-year, applied by natural keys in one transaction")
public class PlanTemplateResource {

    @Inject
    PlanWorkbooks workbooks;

    @GET
    @Blocking
    @Path("/plan.xlsx")
    @Operation(operationId = "planTemplate", summary = "Plan template: Renstra slice, budget tree, PKs and quarterly targets "
            + "of the agency-year as an XLSX workbook (pre-filled with the current plan, empty without one); "
            + "POST it back edited to .../plan-import")
    @APIResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = TableWriter.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "Unknown agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response plan(@PathParam("tenant") String tenant, @PathParam("agency") String agency,
                         @PathParam("year") @Min(2000) @Max(2100) int year) throws Exception {
        return Response.ok(workbooks.template(tenant, agency, year), TableWriter.XLSX)
                .header("Content-Disposition", "attachment; filename=\"rencana-"
                        + (agency + "-" + year).replaceAll("[^A-Za-z0-9._-]", "_") + ".xlsx\"").build();
    }
}
