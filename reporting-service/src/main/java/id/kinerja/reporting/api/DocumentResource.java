package id.kinerja.reporting.api;

import id.kinerja.reporting.document.Documents;
import id.kinerja.reporting.document.Format;
import id.kinerja.reporting.document.RenderedDocuments;
import id.kinerja.reporting.document.prose.Prose;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * The LKjIP and the Perjanjian Kinerja as documents (PDF, DOCX) of one figures version: the ETag is that version,
 * so a client holding the current file gets a 304.
 */
@Path("/api/v1/tenants/{tenant}/agencies/{agency}")
@Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
@Tag(name = "Documents", description = "LKjIP and Perjanjian Kinerja as PDF or DOCX, generated from the stored figures")
public class DocumentResource {

    static final String FORMAT = "pdf (default) or docx (editable)";

    @Inject
    Documents documents;

    @GET
    @Path("/lkjip/{year}/document")
    @Operation(summary = "The LKjIP as a document (Permenpan RB 53/2014 structure, charts, Indonesian formats) from "
            + "the stored figures of one version, stated in every footer")
    @APIResponse(responseCode = "200", description = "The file; ETag: the figures version, with the prose version "
            + "once the agency wrote prose (\"12-2\")")
    @APIResponse(responseCode = "304", description = "The file named by If-None-Match is current")
    @APIResponse(responseCode = "400", description = "Unknown format or malformed asOf")
    @APIResponse(responseCode = "404", description = "No figures of the agency-year (at asOf)")
    public Response lkjip(@PathParam("tenant") String tenant, @PathParam("agency") String agency,
                          @PathParam("year") int year,
                          @QueryParam("format") @Parameter(description = FORMAT,
                                  schema = @Schema(type = SchemaType.STRING, enumeration = {"pdf", "docx"})) String format,
                          @QueryParam("asOf") @Parameter(description = AsOf.DESCRIPTION) String asOf,
                          @HeaderParam("If-None-Match") String ifNoneMatch) {
        Format f = Format.parse(format);
        Instant at = AsOf.parse(asOf);
        RenderedDocuments.Version v = documents.version(tenant, agency, year, at);
        Prose prose = documents.prose(tenant, agency, year, at);
        return serve(Documents.tag(v, prose), ifNoneMatch, () -> documents.lkjip(tenant, agency, year, f, v, prose));
    }

    @GET
    @Path("/pk/{year}/{code}/document")
    @Operation(summary = "A Perjanjian Kinerja version as a document: targets (amended ones marked), budget, "
            + "parties and signatures")
    @APIResponse(responseCode = "200", description = "The file; ETag: the figures version")
    @APIResponse(responseCode = "304", description = "The file named by If-None-Match is current")
    @APIResponse(responseCode = "400", description = "Unknown format, malformed version or asOf")
    @APIResponse(responseCode = "404", description = "No such PK or PK version in the figures of the agency-year")
    public Response pk(@PathParam("tenant") String tenant, @PathParam("agency") String agency,
                       @PathParam("year") int year, @PathParam("code") String code,
                       @QueryParam("version") @Parameter(description = "the PK version (1: as first signed); "
                               + "default: the latest") Integer version,
                       @QueryParam("format") @Parameter(description = FORMAT,
                               schema = @Schema(type = SchemaType.STRING, enumeration = {"pdf", "docx"})) String format,
                       @QueryParam("asOf") @Parameter(description = AsOf.DESCRIPTION) String asOf,
                       @HeaderParam("If-None-Match") String ifNoneMatch) {
        Format f = Format.parse(format);
        Instant at = AsOf.parse(asOf);
        RenderedDocuments.Version v = documents.version(tenant, agency, year, at);
        return serve(String.valueOf(v.number()), ifNoneMatch, () -> documents.pk(tenant, agency, year, code, version, f,
                v));
    }

    /** {@code version}: the ETag, the figures version (and for an LKjIP with prose the prose version, "12-2"). */
    static Response serve(String version, String ifNoneMatch, Supplier<Documents.File> file) {
        EntityTag tag = new EntityTag(version);
        if (ifNoneMatch != null && (ifNoneMatch.trim().equals("*") || ifNoneMatch.contains("\"" + version + "\""))) {
            return Response.notModified(tag).build();
        }
        Documents.File f = file.get();
        return Response.ok(f.content(), f.format().mediaType).tag(tag)
                .header("Content-Disposition", "attachment; filename=\"" + f.name() + "\"")
                .header("Cache-Control", "private, no-cache")
                .header("X-Figures-Version", f.version()).build();
    }
}
