package id.kinerja.planning.rest;

import id.kinerja.commons.problem.Problem;
import id.kinerja.commons.security.Caller;
import id.kinerja.planning.rest.input.PlanImportDocument;
import id.kinerja.planning.service.ImportSummary;
import id.kinerja.planning.service.PlanImportService;
import id.kinerja.planning.spreadsheet.PlanWorkbooks;
import id.kinerja.spreadsheets.TableWriter;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenants/{tenant}/agencies/{agency}/plan-import")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plan import", description = "One document per agency-year, applied by natural keys in one transaction")
public class PlanImportResource {

    @Inject
    PlanImportService imports;
    @Inject
    Caller caller;
    @Inject
    PlanWorkbooks workbooks;

    @POST
    @Operation(operationId = "importPlan", summary = "Import an agency-year plan (Renstra slice, budget tree, PKs, quarterly targets, rules)",
            description = "Creates or updates everything by code; re-sending the same document changes nothing. "
                    + "One bad item rolls back the whole document. dryRun=true checks and counts without writing. "
                    + "An XLSX body (the plan template of GET .../templates/{year}/plan.xlsx, edited) is read into the "
                    + "same document and imported the same way; its errors and warnings name the sheet cell "
                    + "(Indikator!E5) with the document path in the message.")
    @APIResponse(responseCode = "200", description = "Import summary",
            content = @Content(schema = @Schema(implementation = ImportSummary.class)))
    @APIResponse(responseCode = "400", description = "Malformed document (each field named), or an unreadable workbook (each cell named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "A section needs a role the caller lacks (rules: admin)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The document would change a signed PK without an amendment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown codes, duplicates, years outside the period ... nothing written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportSummary importPlan(@PathParam("tenant") String tenant, @PathParam("agency") String agency,
                                    @QueryParam("dryRun") @DefaultValue("false")
                                    @Parameter(description = "validate and count without writing") boolean dryRun,
                                    @NotNull @Valid PlanImportDocument document) throws Exception {
        PlanImportPermissions.check(caller, document);
        return imports.importPlan(tenant, agency, document, dryRun);
    }

    /** The filled plan template; documented with {@link #importPlan} (one operation, two body types). */
    @POST
    @Blocking
    @Consumes(TableWriter.XLSX)
    public ImportSummary importWorkbook(@PathParam("tenant") String tenant, @PathParam("agency") String agency,
                                        @QueryParam("dryRun") @DefaultValue("false")
                                        @Parameter(description = "validate and count without writing") boolean dryRun,
                                        @NotNull byte[] body) throws Exception {
        PlanWorkbooks.Read read = workbooks.read(body);
        PlanImportPermissions.check(caller, read.document());
        return workbooks.importPlan(tenant, agency, read, dryRun);
    }
}
