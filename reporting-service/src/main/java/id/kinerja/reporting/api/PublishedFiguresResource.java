package id.kinerja.reporting.api;

import id.kinerja.commons.problem.ProblemException;
import id.kinerja.commons.security.PublicEndpoint;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import id.kinerja.events.EventCatalog;
import id.kinerja.reporting.figures.AgencyDashboard;
import id.kinerja.reporting.rollup.PemdaDashboard;
import id.kinerja.reporting.rollup.RollupReader;
import id.kinerja.reporting.store.StoredFigures;
import id.kinerja.events.EventCodec;
import id.kinerja.reporting.export.DashboardTables;
import id.kinerja.reporting.export.Exports;
import id.kinerja.reporting.export.ReportTables;
import id.kinerja.spreadsheets.ExportFormat;
import id.kinerja.spreadsheets.TableWriter;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.Response;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
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

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Published figures, served without a token: approved data only, and only for a year whose four quarters
 * are locked (closed) in realisation-service. Anything else answers 404 as if it did not exist.
 */
@PublicEndpoint
@SecurityRequirements // none: documented as security: [] so clients send no token
@Path("/api/v1/public/tenants/{tenant}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Published figures (no token)")
@Transactional(Transactional.TxType.SUPPORTS)
public class PublishedFiguresResource {

    @Inject
    StoredFigures figures;
    @Inject
    RollupReader rollups;
    @Inject
    EntityManager em;

    @GET
    @Produces({MediaType.APPLICATION_JSON, TableWriter.XLSX, TableWriter.CSV})
    @Path("/agencies/{agency}/dashboard/{year}")
    @Operation(operationId = "getPublishedAgencyDashboard", summary = "An agency's approved figures of a closed year (public)")
    @APIResponse(responseCode = "200", description = "The dashboard, approved data only",
            content = @Content(schema = @Schema(implementation = AgencyDashboard.class)))
    @APIResponse(responseCode = "404", description = "Nothing published for that agency and year")
    public Response agency(@PathParam("tenant") String tenant, @PathParam("agency") String agency,
                         @PathParam("year") int year,
                         @QueryParam("asOf") @Parameter(description = AsOf.DESCRIPTION) String asOf,
                         @QueryParam("format") @Parameter(description = Exports.FORMAT) String format,
                         @QueryParam("table") @Parameter(description = Exports.TABLE) String table,
                         @HeaderParam("Accept") String accept) {
        ExportFormat as = Exports.format(format, accept);
        requireClosed(tenant, year);
        java.time.Instant at = AsOf.parse(asOf);
        String json = figures.dashboard(tenant, agency, year, 4, true, false, at);
        return Exports.respond(as, json, table, "dasbor-" + agency + "-" + year, () -> {
            long version = figures.figuresVersion(tenant, agency, year, at);
            return new TableWriter.Cover("Angka terbit " + agency + " " + year + " (" + tenant + ")",
                    String.valueOf(version), figures.computedAt(tenant, agency, year, version));
        }, () -> DashboardTables.of(EventCodec.readTree(json)));
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, TableWriter.XLSX, TableWriter.CSV})
    @Path("/dashboard/{year}")
    @Operation(operationId = "getPublishedPemdaDashboard", summary = "A pemda's approved figures of a closed year (public)")
    @APIResponse(responseCode = "200", description = "The pemda dashboard, approved data only",
            content = @Content(schema = @Schema(implementation = PemdaDashboard.class)))
    @APIResponse(responseCode = "404", description = "Nothing published for that pemda and year")
    public Response pemda(@PathParam("tenant") String tenant, @PathParam("year") int year,
                         @QueryParam("asOf") @Parameter(description = AsOf.DESCRIPTION) String asOf,
                         @QueryParam("format") @Parameter(description = Exports.FORMAT) String format,
                         @QueryParam("table") @Parameter(description = Exports.TABLE) String table,
                         @HeaderParam("Accept") String accept) {
        ExportFormat as = Exports.format(format, accept);
        requireClosed(tenant, year);
        PemdaDashboard d = rollups.pemda(tenant, year, 4, true, AsOf.parse(asOf));
        return Exports.respond(as, d, table, "dasbor-" + tenant + "-" + year,
                () -> new TableWriter.Cover("Angka terbit pemda " + tenant + " " + year, "roll-up tersimpan OPD",
                        java.time.Instant.now()),
                () -> ReportTables.pemda(EventCodec.mapper().valueToTree(d)));
    }

    @SuppressWarnings("unchecked")
    private void requireClosed(String tenant, int year) {
        List<Object> locked = em.createNativeQuery("SELECT CAST(payload->>'quarter' AS int) FROM state_view "
                        + "WHERE tenant = :t AND aggregate_type = :type AND year = :y "
                        + "AND CAST(payload->>'locked' AS boolean)")
                .setParameter("t", tenant).setParameter("type", EventCatalog.PERIOD_LOCK_CHANGED.aggregateType())
                .setParameter("y", year).getResultList();
        Set<Integer> quarters = new HashSet<>();
        locked.forEach(q -> quarters.add(((Number) q).intValue()));
        if (!quarters.containsAll(Set.of(1, 2, 3, 4))) {
            throw ProblemException.notFound("published figures of " + tenant + " for", String.valueOf(year));
        }
    }
}
