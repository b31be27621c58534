package id.kinerja.realisation.rest;

import id.kinerja.commons.problem.Problem;
import id.kinerja.events.realisation.BudgetRealisationPayload;
import id.kinerja.realisation.replica.CatchingUp;
import id.kinerja.realisation.domain.BudgetRealisation;
import id.kinerja.realisation.rest.input.BudgetRealisationInput;
import id.kinerja.realisation.service.BudgetRealisationImporter;
import id.kinerja.realisation.service.BulkOptions;
import id.kinerja.realisation.spreadsheet.TemplateLayout;
import id.kinerja.realisation.service.BulkSummary;
import id.kinerja.realisation.service.PushService;
import id.kinerja.realisation.service.Row;
import id.kinerja.realisation.service.RowReader;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import id.kinerja.realisation.jobs.ImportJob;
import id.kinerja.realisation.jobs.PushKind;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import java.io.InputStream;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Set;

@Path("/api/v1/tenants/{tenant}/budget-realisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Budget realisations", description = "Rupiah spent per sub-kegiatan and quarter, and % fisik")
public class BudgetRealisationResource {

    static final BulkRequests.Csv CSV_COLUMNS = new BulkRequests.Csv(
            Set.of("agencyCode", "subKegiatanCode", "year", "quarter", "amount"),
            Set.of("year", "quarter", "amount", "physicalProgress"));

    @Inject
    CatchingUp catchingUp;
    @Inject
    BudgetRealisationImporter importer;
    @Inject
    PushService pushes;
    @Inject
    BulkImports imports;

    public record SingleWrite(BulkSummary.Counts importCount, long version, BudgetRealisationPayload stored) {
    }

    @POST
    @Path("/bulk")
    @Consumes({MediaType.APPLICATION_JSON, BulkRequests.CSV, BulkRequests.XLSX})
    @Operation(operationId = "pushBudgetRealisations", summary = "Push many budget realisations (JSON array, CSV or the filled XLSX template); same options as indicator pushes",
            description = "Spending whose cumulative total exceeds the pagu in force is rejected unless the row gives "
                    + "overPaguReason; then it is accepted and recorded as a finding.")
    @APIResponse(responseCode = "200", description = "Import summary",
            content = @Content(schema = @Schema(implementation = BulkSummary.class), examples = {
                    @ExampleObject(name = "written", value = PushExamples.SUMMARY),
                    @ExampleObject(name = "partly rejected (atomic=false)", value = PushExamples.SUMMARY_REJECTED)}))
    @APIResponse(responseCode = "422", description = "Invalid rows, each named; nothing written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = PushExamples.PLAN_REPLICATING_503,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "202", description = "Accepted as a job (a body above kinerja.jobs.async-above, "
            + "16 MB by default, or Prefer: respond-async): poll Location, GET .../jobs/{id}, for its progress and "
            + "the same summary or problem", headers = @Header(name = "Location", description = "The job",
            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ImportJob.class)))
    @APIResponse(responseCode = "429", description = "Over a limit, named in the problem: import jobs waiting or "
            + "running for the pemda (kinerja.jobs.max-per-tenant), or large synchronous pushes at once "
            + "(kinerja.imports.max-concurrent-large); nothing was read or written; retry after Retry-After seconds",
            headers = @Header(name = "Retry-After", description = "Seconds", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too many jobs", value = PushExamples.TOO_MANY_JOBS)))
    @RequestBody(required = true, description = "A JSON array of rows, or CSV with a header row naming the fields",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = BudgetRealisationInput.class),
                    examples = @ExampleObject(name = "json", value = PushExamples.BUDGET_JSON)),
                    @Content(mediaType = BulkRequests.CSV, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "csv", summary = "?delimiter=semicolon&numberFormat=id",
                                    value = PushExamples.BUDGET_CSV))})
    public Response bulk(@PathParam("tenant") String tenant,
                         @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                         @QueryParam("atomic") @DefaultValue("true") boolean atomic,
                         @QueryParam("numberFormat") @DefaultValue("PLAIN") RowReader.NumberFormat format,
                         @QueryParam("delimiter") @DefaultValue("comma")
                         @Parameter(description = Delimiters.DESCRIPTION) String delimiter,
                         @QueryParam("planVersion") @Min(0)
                         @Parameter(description = PushExamples.PLAN_VERSION, example = "42") Long planVersion,
                         @HeaderParam("Idempotency-Key") String idempotencyKey,
                         @HeaderParam("Content-Type") String contentType,
                         @HeaderParam("Prefer") @Parameter(description = "respond-async: accept the push as a job "
                                 + "(202) whatever its size") String prefer,
                         @Context HttpHeaders headers, InputStream body) throws Exception {
        // the plan version first: the body is a stream, read once (by the push or into a job)
        catchingUp.awaitVersion(tenant, planVersion);
        return imports.handle(PushKind.BUDGET_REALISATIONS, tenant, dryRun, atomic, format, delimiter, idempotencyKey,
                contentType, prefer, headers, body);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putBudgetRealisation", summary = "Create or correct one budget realisation; If-Match (the ETag) is required to change an existing record")
    @APIResponse(responseCode = "200", description = "The stored realisation; ETag is its version")
    @APIResponse(responseCode = "409", description = "A locked period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match: the record is at another version (or does not exist)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "The record exists and the request changes it: If-Match is required",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown sub-kegiatan, spending above the pagu without a reason ...",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = PushExamples.PLAN_REPLICATING_503,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response put(@PathParam("tenant") String tenant, @HeaderParam("If-Match") String ifMatch,
                        @QueryParam("planVersion") @Min(0)
                        @Parameter(description = PushExamples.PLAN_VERSION, example = "42") Long planVersion,
                        @NotNull @Valid BudgetRealisationInput in) throws Exception {
        BulkSummary summary = catchingUp.run(tenant, planVersion, () -> importer.apply(tenant, List.of(Row.of(1, in)).iterator(),
                BulkOptions.single(Actors.current(), BulkRequests.ifMatch(ifMatch))));
        BudgetRealisation stored = BudgetRealisation.<BudgetRealisation>find(
                "tenant = ?1 and agencyCode = ?2 and subKegiatanCode = ?3 and year = ?4 and quarter = ?5", tenant,
                in.agencyCode(), in.subKegiatanCode(), in.year(), in.quarter().shortValue()).firstResult();
        return Response.ok(new SingleWrite(summary.importCount(), stored.version,
                BudgetRealisationImporter.payload(stored))).tag(String.valueOf(stored.version)).build();
    }
}
