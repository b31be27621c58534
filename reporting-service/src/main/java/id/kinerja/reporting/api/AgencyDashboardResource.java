package id.kinerja.reporting.api;

import id.kinerja.commons.problem.Problem;
import id.kinerja.events.EventCodec;
import id.kinerja.reporting.export.DashboardTables;
import id.kinerja.reporting.export.ReportTables;
import id.kinerja.reporting.figures.AgencyDashboard;
import id.kinerja.reporting.figures.Explanation;
import id.kinerja.reporting.findings.Finding;
import id.kinerja.reporting.store.StoredFigures;
import jakarta.inject.Inject;
import id.kinerja.reporting.export.Exports;
import id.kinerja.spreadsheets.ExportFormat;
import id.kinerja.spreadsheets.TableWriter;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;

/** An agency-year's stored figures: dashboard, worked calculations, findings. Reads only; never computes. */
@Path("/api/v1/tenants/{tenant}/agencies/{agency}/dashboard/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboards", description = "Capaian, predikat, serapan and efisiensi computed from the detailed records "
        + "when they change, stored and versioned")
public class AgencyDashboardResource {

    @Inject
    StoredFigures figures;

    @GET
    @Produces({MediaType.APPLICATION_JSON, TableWriter.XLSX, TableWriter.CSV})
    @Path("/findings")
    @Operation(operationId = "listAgencyFindings", summary = "Findings of the consistency checker (codes: GET /api/v1/finding-types): printed totals that "
            + "are not the sum of their parts, PK targets that differ from the Renstra, rencana aksi that miss the "
            + "year target, provisional data, spending above the pagu, predicates changed by a late correction")
    @APIResponse(responseCode = "200", description = "The findings with the records and numbers involved",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Finding.class)))
    public Response findings(@PathParam("tenant") String tenant, @PathParam("agency") String agency,
                             @PathParam("year") int year,
                             @QueryParam("asOf") @Parameter(description = AsOf.DESCRIPTION) String asOf,
                            @QueryParam("format") @Parameter(description = Exports.FORMAT) String format,
                            @QueryParam("table") @Parameter(description = Exports.TABLE) String table,
                            @HeaderParam("Accept") String accept) {
        ExportFormat as = Exports.format(format, accept);
        Instant at = AsOf.parse(asOf);
        String json = figures.findings(tenant, agency, year, at);
        return Exports.respond(as, json, table, "temuan-" + agency + "-" + year,
                () -> cover("Temuan " + agency + " " + year, tenant, agency, year, at),
                () -> ReportTables.findings(EventCodec.readTree(json)));
    }

    private TableWriter.Cover cover(String title, String tenant, String agency, int year, Instant asOf) {
        long version = figures.figuresVersion(tenant, agency, year, asOf);
        return new TableWriter.Cover(title + " (" + tenant + ")", String.valueOf(version),
                figures.computedAt(tenant, agency, year, version));
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, TableWriter.XLSX, TableWriter.CSV})
    @Operation(operationId = "getAgencyDashboard", summary = "Agency-year dashboard: per sasaran and indicator target, realisation, capaian, predicate, "
            + "trend; budget pagu, spent, absorption; efficiency; organisation average")
    @APIResponse(responseCode = "200", description = "The dashboard",
            content = @Content(schema = @Schema(implementation = AgencyDashboard.class)))
    @APIResponse(responseCode = "404", description = "No Renstra of the agency covers the year (not yet known here)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response dashboard(@PathParam("tenant") String tenant, @PathParam("agency") String agency,
                            @PathParam("year") int year,
                            @QueryParam("through") @DefaultValue("4")
                            @Parameter(description = "year to date through quarter 1-4") int through,
                            @QueryParam("official") @DefaultValue("true")
                            @Parameter(description = "true: approved data only; false: all submitted data")
                            boolean official,
                            @QueryParam("compare") @DefaultValue("false")
                            @Parameter(description = "add per indicator the earlier years (approved data, "
                                    + "capaian recomputed) and the Renstra year and end targets")
                            boolean compare,
                            @QueryParam("asOf") @Parameter(description = AsOf.DESCRIPTION) String asOf,
                            @QueryParam("format") @Parameter(description = Exports.FORMAT) String format,
                            @QueryParam("table") @Parameter(description = Exports.TABLE) String table,
                            @HeaderParam("Accept") String accept) {
        ExportFormat as = Exports.format(format, accept);
        Instant at = AsOf.parse(asOf);
        String json = figures.dashboard(tenant, agency, year, through, official, compare, at);
        return Exports.respond(as, json, table, "dasbor-" + agency + "-" + year,
                () -> cover("Dasbor kinerja " + agency + " " + year + " s.d. TW " + through
                        + (official ? " (data disetujui)" : " (semua data)"), tenant, agency, year, at),
                () -> DashboardTables.of(EventCodec.readTree(json)));
    }

    @GET
    @Path("/indicators/{code}/explain")
    @Operation(operationId = "explainIndicator", summary = "The worked calculation of an indicator's figures: source records with versions, formula "
            + "in words and numbers, rules version, unrounded and presented values")
    @APIResponse(responseCode = "200", description = "The explanation",
            content = @Content(schema = @Schema(implementation = Explanation.class)))
    public String explain(@PathParam("tenant") String tenant, @PathParam("agency") String agency,
                          @PathParam("year") int year, @PathParam("code") String code,
                          @QueryParam("through") @DefaultValue("4") int through,
                          @QueryParam("official") @DefaultValue("true") boolean official,
                          @QueryParam("asOf") @Parameter(description = AsOf.DESCRIPTION) String asOf) {
        return figures.explain(tenant, agency, year, through, official, code, AsOf.parse(asOf));
    }
}
