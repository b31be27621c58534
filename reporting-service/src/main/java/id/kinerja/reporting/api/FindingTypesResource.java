package id.kinerja.reporting.api;

import id.kinerja.reporting.findings.FindingCode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;

@Path("/api/v1/finding-types")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboards")
public class FindingTypesResource {

    /** A finding type of the catalogue. */
    public record FindingType(String code, String severity, String messageTemplate, String description) {
    }

    @GET
    @Operation(operationId = "listFindingTypes", summary = "The catalogue of finding types: code, severity, message template, what it means")
    @APIResponse(responseCode = "200", description = "Every finding type")
    public List<FindingType> list() {
        return Arrays.stream(FindingCode.values()).map(c -> new FindingType(c.name(), c.severity().name(),
                c.template(), c.description())).toList();
    }
}
