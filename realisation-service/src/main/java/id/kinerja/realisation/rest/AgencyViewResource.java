package id.kinerja.realisation.rest;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.events.EventCodec;
import id.kinerja.events.realisation.IndicatorRealisationPayload;
import id.kinerja.realisation.domain.IndicatorRealisation;
import id.kinerja.realisation.service.RfkService;
import id.kinerja.realisation.service.WorkflowService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import id.kinerja.realisation.spreadsheet.RealisationTables;
import id.kinerja.spreadsheets.ExportFormat;
import id.kinerja.spreadsheets.TableWriter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Path("/api/v1/tenants/{tenant}/agencies/{agency}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agency views", description = "Quarterly grid, RFK and findings of an agency-year")
public class AgencyViewResource {

    @Inject
    RfkService rfk;
    @Inject
    EntityManager em;

    public record QuarterlyTarget(String pkCode, String mode, JsonNode quarters) {
    }

    public record GridRow(String indicatorCode, List<QuarterlyTarget> targets,
                          Map<String, IndicatorRealisationPayload> realisations) {
    }

    public record Finding(String kind, String subject, int year, Integer quarter, String detail, Instant createdAt) {
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, TableWriter.XLSX, TableWriter.CSV})
    @Path("/rfk/{year}/{quarter}")
    @Operation(operationId = "getRfk", summary = "RFK up to a quarter: pagu, spending in the quarter, cumulative, % keuangan, % bobot, % fisik, sisa")
    @APIResponse(responseCode = "200", description = "The RFK (as XLSX or CSV with ?format=)",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(schema =
            @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = RfkService.Rfk.class)))
    public jakarta.ws.rs.core.Response rfk(@PathParam("tenant") String tenant, @PathParam("agency") String agency,
                              @PathParam("year") @Min(2000) @Max(2100) int year,
                              @PathParam("quarter") @Min(1) @Max(4) int quarter,
                              @QueryParam("format") @Parameter(description = Exports.FORMAT) String format,
                              @HeaderParam("Accept") String accept) {
        ExportFormat as = Exports.format(format, accept);
        RfkService.Rfk answer = rfk.rfk(tenant, agency, year, quarter);
        return Exports.respond(as, answer, "RFK " + agency + " " + year + " s.d. TW " + quarter + " (" + tenant + ")",
                "rfk-" + agency + "-" + year + "-tw" + quarter, () -> RealisationTables.rfk(answer));
    }

    @GET
    @Path("/grid/{year}")
    @Operation(operationId = "getRealisationGrid", summary = "Each indicator with its quarterly targets (rencana aksi) and realisations Q1-Q4 and the year")
    @APIResponse(responseCode = "200", description = "The grid")
    @SuppressWarnings("unchecked")
    public List<GridRow> grid(@PathParam("tenant") String tenant, @PathParam("agency") String agency,
                              @PathParam("year") @Min(2000) @Max(2100) int year) {
        Map<String, GridRow> rows = new LinkedHashMap<>();
        List<Object[]> targets = em.createNativeQuery("""
                        SELECT indicator_code, pk_code, mode, CAST(quarters AS text) FROM replica_quarterly_target
                        WHERE tenant = :t AND agency_code = :a AND year = :y ORDER BY indicator_code, pk_code""")
                .setParameter("t", tenant).setParameter("a", agency).setParameter("y", year).getResultList();
        for (Object[] t : targets) {
            rows.computeIfAbsent((String) t[0], c -> new GridRow(c, new ArrayList<>(), new LinkedHashMap<>()))
                    .targets().add(new QuarterlyTarget((String) t[1], (String) t[2], EventCodec.readTree((String) t[3])));
        }
        for (IndicatorRealisation r : IndicatorRealisation.<IndicatorRealisation>list(
                "tenant = ?1 and agencyCode = ?2 and year = ?3 order by indicatorCode, quarter", tenant, agency, year)) {
            rows.computeIfAbsent(r.indicatorCode, c -> new GridRow(c, new ArrayList<>(), new LinkedHashMap<>()))
                    .realisations().put(r.quarter == null ? "Y" : "Q" + r.quarter, WorkflowService.payload(r));
        }
        return new ArrayList<>(rows.values());
    }

    @GET
    @Path("/findings")
    @Operation(operationId = "listRealisationFindings", summary = "Findings raised on input, e.g. spending above the pagu accepted with a reason")
    @APIResponse(responseCode = "200", description = "The findings, newest first")
    @SuppressWarnings("unchecked")
    public List<Finding> findings(@PathParam("tenant") String tenant, @PathParam("agency") String agency) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT kind, subject, year, quarter, detail, created_at FROM finding
                        WHERE tenant = :t AND agency_code = :a ORDER BY created_at DESC""")
                .setParameter("t", tenant).setParameter("a", agency).getResultList();
        return rows.stream().map(r -> new Finding((String) r[0], (String) r[1], ((Number) r[2]).intValue(),
                r[3] == null ? null : ((Number) r[3]).intValue(), (String) r[4],
                r[5] instanceof Instant i ? i : ((java.sql.Timestamp) r[5]).toInstant())).toList();
    }
}
