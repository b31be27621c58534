package id.kinerja.reporting.api;

import id.kinerja.commons.problem.ProblemException;
import id.kinerja.commons.security.Caller;
import id.kinerja.reporting.lkjip.LkjipSummary;
import id.kinerja.reporting.publish.Errata;
import id.kinerja.reporting.publish.Erratum;
import id.kinerja.reporting.publish.Publication;
import id.kinerja.reporting.publish.Publications;
import id.kinerja.reporting.store.StoredFigures;
import jakarta.inject.Inject;
import id.kinerja.reporting.export.Exports;
import id.kinerja.spreadsheets.ExportFormat;
import id.kinerja.spreadsheets.TableWriter;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/tenants/{tenant}/agencies/{agency}/lkjip/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "LKjIP", description = "The yearly accountability report as structured data; publish and errata")
public class LkjipResource {

    @Inject
    StoredFigures figures;
    @Inject
    Publications publications;
    @Inject
    Errata errata;
    @Inject
    Caller caller;

    /** The errata of the latest publication against the current figures version. */
    public record ErrataReport(Publication publication, long currentVersion, List<Erratum> errata) {
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, TableWriter.XLSX, TableWriter.CSV})
    @Operation(operationId = "getLkjipSummary", summary = "LKjIP summary: chapter II (Renstra, PK with amendments) and chapter III (indicator tables "
            + "with comparisons and narratives, budget, efficiency, RFK), findings, version stamp")
    @APIResponse(responseCode = "200", description = "The summary (official data only)",
            content = @Content(schema = @Schema(implementation = LkjipSummary.class)))
    @APIResponse(responseCode = "404", description = "No Renstra of the agency covers the year")
    public Response summary(@PathParam("tenant") String tenant, @PathParam("agency") String agency,
                            @PathParam("year") int year,
                            @QueryParam("asOf") @Parameter(description = AsOf.DESCRIPTION) String asOf,
                            @QueryParam("format") @Parameter(description = Exports.FORMAT) String format,
                            @QueryParam("table") @Parameter(description = Exports.TABLE) String table,
                            @HeaderParam("Accept") String accept) {
        ExportFormat as = Exports.format(format, accept);
        String json = figures.lkjip(tenant, agency, year, AsOf.parse(asOf));
        return Exports.respond(as, json, table, "lkjip-bab-iii-" + agency + "-" + year, () -> {
            var doc = id.kinerja.events.EventCodec.readTree(json);
            return new TableWriter.Cover("LKjIP " + agency + " " + year + " (" + tenant + "), bab III",
                    doc.path("version").asText(null), doc.hasNonNull("computedAt")
                    ? java.time.Instant.parse(doc.get("computedAt").asText()) : null);
        }, () -> id.kinerja.reporting.export.ReportTables.lkjip(id.kinerja.events.EventCodec.readTree(json)));
    }

    @POST
    @Path("/publish")
    @Operation(operationId = "publishLkjip", summary = "Publish the LKjIP: freezes the current figures version (who, when); later changes to its "
            + "figures are listed as errata")
    @APIResponse(responseCode = "201", description = "Published at the current figures version")
    @APIResponse(responseCode = "404", description = "No figures of the agency-year")
    public Response publish(@PathParam("tenant") String tenant, @PathParam("agency") String agency,
                            @PathParam("year") int year) {
        return Response.status(Response.Status.CREATED)
                .entity(publications.publish(tenant, agency, year, caller.actor())).build();
    }

    @GET
    @Path("/published")
    @Operation(operationId = "getPublishedLkjip", summary = "The LKjIP as last published (the figures version it froze)")
    @APIResponse(responseCode = "200", description = "The published summary",
            content = @Content(schema = @Schema(implementation = LkjipSummary.class)))
    @APIResponse(responseCode = "404", description = "Not published")
    public String published(@PathParam("tenant") String tenant, @PathParam("agency") String agency,
                            @PathParam("year") int year) {
        Publication p = latest(tenant, agency, year);
        return figures.lkjipAt(tenant, agency, year, p.version());
    }

    @GET
    @Path("/errata")
    @Operation(operationId = "listLkjipErrata", summary = "Errata of the published LKjIP: every published figure that changed since, with its "
            + "published and current value, the version and time of the change and the corrections that caused it")
    @APIResponse(responseCode = "200", description = "The errata (empty: the published figures still hold)")
    @APIResponse(responseCode = "404", description = "Not published")
    public ErrataReport errata(@PathParam("tenant") String tenant, @PathParam("agency") String agency,
                               @PathParam("year") int year) {
        Publication p = latest(tenant, agency, year);
        long current = figures.figuresVersion(tenant, agency, year, null);
        return new ErrataReport(p, current, errata.since(p, current));
    }

    private Publication latest(String tenant, String agency, int year) {
        return publications.latest(tenant, agency, year).orElseThrow(() ->
                ProblemException.notFound("published LKjIP of agency " + agency + " for", String.valueOf(year)));
    }
}
