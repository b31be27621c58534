package id.kinerja.realisation.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import id.kinerja.commons.paging.PageQuery;
import id.kinerja.commons.paging.Paged;
import id.kinerja.commons.problem.Problem;
import id.kinerja.events.realisation.IndicatorRealisationPayload;
import id.kinerja.events.realisation.RealisationStatus;
import id.kinerja.realisation.replica.CatchingUp;
import id.kinerja.realisation.domain.IndicatorRealisation;
import id.kinerja.realisation.rest.input.IndicatorRealisationInput;
import id.kinerja.realisation.service.BulkOptions;
import id.kinerja.realisation.spreadsheet.TemplateLayout;
import id.kinerja.realisation.service.BulkSummary;
import id.kinerja.realisation.service.IndicatorRealisationImporter;
import id.kinerja.realisation.service.PushService;
import id.kinerja.realisation.service.Row;
import id.kinerja.realisation.service.RowReader;
import id.kinerja.realisation.service.WorkflowService;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.common.annotation.Blocking;
import id.kinerja.commons.security.Access;
import id.kinerja.commons.security.Roles;
import id.kinerja.commons.security.Caller;
import id.kinerja.commons.problem.ProblemException;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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

@Path("/api/v1/tenants/{tenant}/indicator-realisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicator realisations", description = "Quarterly and annual realisations pushed by agency systems")
public class IndicatorRealisationResource {

    static final Set<String> CSV_REQUIRED = Set.of("agencyCode", "indicatorCode", "year");
    static final Set<String> CSV_NUMERIC = Set.of("year", "quarter", "value", "numerator", "denominator");

    @Inject
    CatchingUp catchingUp;
    @Inject
    IndicatorRealisationImporter importer;
    @Inject
    Caller caller;
    @Inject
    PushService pushes;
    @Inject
    BulkImports imports;
    @Inject
    WorkflowService workflow;
    @Inject
    KnownAgencies agencies;

    /** {@code id}: the record's id, for its audit trail ({@code GET .../audit/{id}}). */
    public record Stored(java.util.UUID id, long version, RealisationStatus status,
                         IndicatorRealisationPayload realisation) {
        static Stored of(IndicatorRealisation r) {
            return new Stored(r.id, r.version, r.status, WorkflowService.payload(r));
        }
    }

    public record TransitionRequest(@NotBlank @Size(max = 64) String agencyCode,
                                    @NotNull @Min(2000) @Max(2100) Integer year,
                                    @Min(1) @Max(4) @Parameter(description = "1-4; none for the annual figures")
                                    Integer quarter,
                                    @Size(max = 10000) List<@NotBlank @Size(max = 64) String> indicatorCodes,
                                    @NotNull WorkflowService.Action action,
                                    @Size(max = 1000) String comment) {
    }

    @POST
    @Path("/bulk")
    @Blocking
    @Consumes({MediaType.APPLICATION_JSON, BulkRequests.CSV, BulkRequests.XLSX})
    @Operation(operationId = "pushIndicatorRealisations", summary = "Push many realisations (JSON array, CSV with a header row, or the filled XLSX template)",
            description = "Natural keys (agency, indicator, year, quarter): re-sending the same data changes nothing. "
                    + "All-or-nothing unless atomic=false. dryRun=true validates and counts without writing. "
                    + "Idempotency-Key: the same key and body returns the first result; a different body is 409. "
                    + "An XLSX body (the template of GET .../agencies/{agency}/templates/{year}/indicator-realisations.xlsx) "
                    + "numbers rows by sheet row and names each rejected cell, e.g. Realisasi!H14.")
    @APIResponse(responseCode = "200", description = "Import summary (created, updated, unchanged, rejected rows)",
            content = @Content(schema = @Schema(implementation = BulkSummary.class), examples = {
                    @ExampleObject(name = "written", value = PushExamples.SUMMARY),
                    @ExampleObject(name = "partly rejected (atomic=false)", value = PushExamples.SUMMARY_REJECTED)}))
    @APIResponse(responseCode = "400", description = "Unreadable document, CSV header or delimiter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A row falls in a locked period, or the Idempotency-Key was used for other data",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid rows, each named by row number and field; nothing written",
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
                    schema = @Schema(type = SchemaType.ARRAY, implementation = IndicatorRealisationInput.class),
                    examples = @ExampleObject(name = "json", value = PushExamples.INDICATOR_JSON)),
                    @Content(mediaType = BulkRequests.CSV, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "csv", summary = "comma-separated, plain numbers",
                                    value = PushExamples.INDICATOR_CSV))})
    public Response bulk(@PathParam("tenant") String tenant,
                         @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                         @QueryParam("atomic") @DefaultValue("true") boolean atomic,
                         @QueryParam("numberFormat") @DefaultValue("PLAIN")
                         @Parameter(description = "CSV numbers: PLAIN 1234.56 or ID 1.234,56; in XLSX text cells ID "
                                 + "reads 1.234 as 1234") RowReader.NumberFormat format,
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
        return imports.handle(PushKind.INDICATOR_REALISATIONS, tenant, dryRun, atomic, format, delimiter, idempotencyKey,
                contentType, prefer, headers, body);
    }

    @PUT
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putIndicatorRealisation", summary = "Create or correct one realisation; If-Match (the ETag) is required to change an existing record")
    @APIResponse(responseCode = "200", description = "The stored realisation; ETag is its version")
    @APIResponse(responseCode = "409", description = "A locked period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match: the record is at another version (or does not exist)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "The record exists and the request changes it: If-Match is required",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown indicator, year outside the plan, denominator 0 ...",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = PushExamples.PLAN_REPLICATING_503,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response put(@PathParam("tenant") String tenant, @HeaderParam("If-Match") String ifMatch,
                        @QueryParam("planVersion") @Min(0)
                        @Parameter(description = PushExamples.PLAN_VERSION, example = "42") Long planVersion,
                        @NotNull @Valid IndicatorRealisationInput in) throws Exception {
        Long expected = BulkRequests.ifMatch(ifMatch);
        BulkSummary summary = catchingUp.run(tenant, planVersion, () -> importer.apply(tenant, List.of(Row.of(1, in)).iterator(),
                BulkOptions.single(Actors.current(), expected)));
        IndicatorRealisation stored = find(tenant, in);
        return Response.ok(new SingleWrite(summary.importCount(), Stored.of(stored)))
                .tag(String.valueOf(stored.version)).build();
    }

    public record SingleWrite(BulkSummary.Counts importCount, Stored stored) {
    }

    @GET
    @Operation(operationId = "listIndicatorRealisations", summary = "Realisations, paged, filtered by agency, year, quarter, indicator and status")
    @APIResponse(responseCode = "200", description = "A page of realisations")
    public Paged<Stored> list(@PathParam("tenant") String tenant, @QueryParam("agency") String agency,
                              @QueryParam("year") Integer year, @QueryParam("quarter") Integer quarter,
                              @QueryParam("indicatorCode") String indicator,
                              @QueryParam("status") RealisationStatus status, @Valid @BeanParam PageQuery page) {
        if (!caller.mayActFor(tenant, agency)) {
            // a caller limited to some agencies lists one of them at a time
            throw new ProblemException(403, "Forbidden", "name one of the caller's agencies in ?agency=", List.of());
        }
        StringBuilder q = new StringBuilder("tenant = :tenant");
        Parameters p = Parameters.with("tenant", tenant);
        if (agency != null) {
            q.append(" and agencyCode = :agency");
            p.and("agency", agency);
        }
        if (year != null) {
            q.append(" and year = :year");
            p.and("year", year);
        }
        if (quarter != null) {
            q.append(" and quarter = :quarter");
            p.and("quarter", quarter.shortValue());
        }
        if (indicator != null) {
            q.append(" and indicatorCode = :indicator");
            p.and("indicator", indicator);
        }
        if (status != null) {
            q.append(" and status = :status");
            p.and("status", status);
        }
        var found = IndicatorRealisation.<IndicatorRealisation>find(q.toString(),
                Sort.by("agencyCode").and("indicatorCode").and("year").and("quarter"), p);
        return Paged.of(found.page(Page.of(page.page - 1, page.pageSize)).list(), Stored::of, page.page,
                page.pageSize, found.count());
    }

    @POST
    @Access({Roles.REPORTER, Roles.VERIFIER, Roles.ADMIN})
    @Path("/workflow")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "transitionIndicatorRealisations", summary = "Submit, verify, approve or return (with a comment) an agency's realisations of a period")
    @APIResponse(responseCode = "200", description = "How many records moved and how many could not")
    @APIResponse(responseCode = "409", description = "The period is locked",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WorkflowService.TransitionResult transition(@PathParam("tenant") String tenant,
                                                       @NotNull @Valid TransitionRequest in) {
        agencies.require(tenant, in.agencyCode(), "agencyCode");
        return workflow.transition(tenant, in.agencyCode(), in.year(), in.quarter(), in.indicatorCodes(), in.action(),
                in.comment(), Actors.current());
    }

    private static IndicatorRealisation find(String tenant, IndicatorRealisationInput in) {
        String q = "tenant = ?1 and agencyCode = ?2 and indicatorCode = ?3 and year = ?4 and "
                + (in.quarter() == null ? "quarter is null" : "quarter = ?5");
        return (in.quarter() == null
                ? IndicatorRealisation.<IndicatorRealisation>find(q, tenant, in.agencyCode(), in.indicatorCode(), in.year())
                : IndicatorRealisation.<IndicatorRealisation>find(q, tenant, in.agencyCode(), in.indicatorCode(),
                in.year(), in.quarter().shortValue())).firstResult();
    }
}
