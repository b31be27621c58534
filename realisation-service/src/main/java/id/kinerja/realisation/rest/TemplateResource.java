package id.kinerja.realisation.rest;

import id.kinerja.commons.problem.Problem;
import id.kinerja.realisation.spreadsheet.TemplateService;
import id.kinerja.spreadsheets.TableWriter;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** XLSX templates of an agency-year to fill in and POST back to the bulk endpoints. */
@Path("/api/v1/tenants/{tenant}/agencies/{agency}/templates/{year}")
@Produces(TableWriter.XLSX)
@Tag(name = "Spreadsheet templates", description = "XLSX realisation templates generated from the plan")
public class TemplateResource {

    @Inject
    TemplateService templates;

    @GET
    @Blocking
    @Path("/indicator-realisations.xlsx")
    @Operation(summary = "Indicator realisation template: a row per indicator and quarter of the year's Renstra, "
            + "with unit, value type and quarterly target; POST it back filled to .../indicator-realisations/bulk")
    @APIResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = TableWriter.XLSX, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "Unknown agency, or no Renstra covers the year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response indicators(@PathParam("tenant") String tenant, @PathParam("agency") String agency,
                               @PathParam("year") @Min(2000) @Max(2100) int year) throws Exception {
        return file(templates.indicators(tenant, agency, year), "realisasi-indikator-" + agency + "-" + year);
    }

    @GET
    @Blocking
    @Path("/budget-realisations.xlsx")
    @Operation(summary = "Budget realisation template: a row per sub-kegiatan of the year with its pagu in force; "
            + "POST it back filled to .../budget-realisations/bulk")
    @APIResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = TableWriter.XLSX, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "Unknown agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response budget(@PathParam("tenant") String tenant, @PathParam("agency") String agency,
                           @PathParam("year") @Min(2000) @Max(2100) int year,
                           @QueryParam("quarter") @Min(1) @Max(4) Integer quarter) throws Exception {
        return file(templates.budget(tenant, agency, year, quarter), "realisasi-anggaran-" + agency + "-" + year);
    }

    private static Response file(byte[] xlsx, String name) {
        return Response.ok(xlsx, TableWriter.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_")
                        + ".xlsx\"").build();
    }
}
