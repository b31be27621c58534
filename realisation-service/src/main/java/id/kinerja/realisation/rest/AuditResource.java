package id.kinerja.realisation.rest;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.commons.problem.Problem;
import id.kinerja.commons.problem.ProblemException;
import id.kinerja.commons.security.Caller;
import id.kinerja.events.EventCodec;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import id.kinerja.realisation.spreadsheet.RealisationTables;
import id.kinerja.spreadsheets.ExportFormat;
import id.kinerja.spreadsheets.TableWriter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/tenants/{tenant}/audit/{recordId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail", description = "Every version of a record: who, when, old value, new value, why")
public class AuditResource {

    @Inject
    EntityManager em;
    @Inject
    Caller caller;

    public record AuditLine(long version, String action, String actor, Instant at, JsonNode oldValue, JsonNode newValue,
                            String reason) {
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, TableWriter.XLSX, TableWriter.CSV})
    @Operation(operationId = "getAuditTrail", summary = "The audit trail of one realisation, oldest first")
    @APIResponse(responseCode = "200", description = "The trail (as XLSX or CSV with ?format=)",
            content = @Content(schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                    implementation = AuditLine.class)))
    @APIResponse(responseCode = "404", description = "No such record in the tenant, or one of an agency outside the caller's scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @SuppressWarnings("unchecked")
    public Response trail(@PathParam("tenant") String tenant, @PathParam("recordId") UUID recordId,
                          @QueryParam("format") @Parameter(description = Exports.FORMAT) String format,
                          @HeaderParam("Accept") String accept) {
        ExportFormat as = Exports.format(format, accept);
        List<AuditLine> trail = lines(tenant, recordId);
        return Exports.respond(as, trail, "Jejak audit " + recordId + " (" + tenant + ")", "audit-" + recordId,
                () -> RealisationTables.audit(trail));
    }

    @SuppressWarnings("unchecked")
    private List<AuditLine> lines(String tenant, UUID recordId) {
        // the record's agency decides; a foreign record answers like an unknown one, so ids reveal nothing
        List<String> agency = em.createNativeQuery("""
                        SELECT agency_code FROM indicator_realisation WHERE tenant = :t AND id = :id
                        UNION ALL SELECT agency_code FROM budget_realisation WHERE tenant = :t AND id = :id""")
                .setParameter("t", tenant).setParameter("id", recordId).getResultList();
        if (agency.isEmpty() || !caller.mayActFor(tenant, agency.get(0))) {
            throw ProblemException.notFound("record", recordId.toString());
        }
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT version, action, actor, at, CAST(old_value AS text), CAST(new_value AS text), reason
                        FROM audit_entry WHERE tenant = :t AND record_id = :id ORDER BY id""")
                .setParameter("t", tenant).setParameter("id", recordId).getResultList();
        return rows.stream().map(r -> new AuditLine(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                        r[3] instanceof Instant i ? i : ((java.sql.Timestamp) r[3]).toInstant(),
                        r[4] == null ? null : EventCodec.readTree((String) r[4]),
                        r[5] == null ? null : EventCodec.readTree((String) r[5]), (String) r[6]))
                .toList();
    }
}
