package id.kinerja.reporting.api;

import id.kinerja.commons.problem.ProblemException;
import id.kinerja.reporting.document.Format;
import id.kinerja.reporting.document.PemdaDocuments;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;

/** The pemda's LKjIP as a document of one version of its stored roll-up (the ETag). */
@Path("/api/v1/tenants/{tenant}/lkjip/{year}/document")
@Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
@Tag(name = "Documents")
public class PemdaDocumentResource {

    @Inject
    PemdaDocuments documents;
    @Inject
    AgencyScope scope;

    @GET
    @Operation(operationId = "getPemdaLkjipDocument", summary = "The pemda's LKjIP as a document: every agency's "
            + "IKU and sasaran capaian with predicates, the pemda roll-up, budget absorption per agency, findings "
            + "counts, from one version of the stored roll-up, stated in every footer")
    @APIResponse(responseCode = "200", description = "The file; ETag: the roll-up version")
    @APIResponse(responseCode = "304", description = "The file named by If-None-Match is current")
    @APIResponse(responseCode = "400", description = "Unknown format or malformed asOf")
    @APIResponse(responseCode = "403", description = "A caller limited to some agencies (the document shows all)")
    @APIResponse(responseCode = "404", description = "No roll-up of the pemda-year (at asOf)")
    public Response lkjip(@PathParam("tenant") String tenant, @PathParam("year") int year,
                          @QueryParam("format") @Parameter(description = DocumentResource.FORMAT,
                                  schema = @Schema(type = SchemaType.STRING, enumeration = {"pdf", "docx"})) String format,
                          @QueryParam("asOf") @Parameter(description = AsOf.DESCRIPTION) String asOf,
                          @HeaderParam("If-None-Match") String ifNoneMatch) {
        Format f = Format.parse(format);
        Instant at = AsOf.parse(asOf);
        if (scope.limited()) {
            throw new ProblemException(403, "Forbidden", "the pemda LKjIP shows every agency; the caller may see "
                    + "only some", java.util.List.of());
        }
        long version = documents.version(tenant, year, at).number();
        return DocumentResource.serve(String.valueOf(version), ifNoneMatch, () -> documents.lkjip(tenant, year, f, at));
    }
}
