package id.kinerja.realisation.evidence;

import id.kinerja.commons.problem.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/tenants/{tenant}/realisations/{recordId}/evidence")
@Tag(name = "Evidence", description = "Bukti dukung: files attached to an indicator or budget realisation")
public class EvidenceResource {

    @Inject
    EvidenceService evidence;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "attachEvidence", summary = "Attach a file (PDF, PNG, JPEG, XLSX or DOCX) to a realisation",
            description = "The body is the file itself. Its real type is read from its content and must agree with the "
                    + "Content-Type sent (or send application/octet-stream); at most kinerja.evidence.max-size (10 MB). "
                    + "Stored with its SHA-256, an audit line on the record and an evidence.changed event.")
    @RequestBody(content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ContentSniffer.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ContentSniffer.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(schema = @Schema(implementation = EvidenceFile.class)))
    @APIResponse(responseCode = "400", description = "No file name, an empty file, a description too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such realisation within the caller's agencies",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Larger than the limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not an allowed kind, or not what its Content-Type says",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Refused by the virus scanner",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The virus scanner cannot be reached; retry later",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response attach(@PathParam("tenant") String tenant, @PathParam("recordId") UUID recordId,
                           @QueryParam("fileName") @Parameter(description = "the file's name, e.g. daftar-hadir.pdf",
                                   required = true) String fileName,
                           @QueryParam("description") @Parameter(description = "what the file shows") String description,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @Context UriInfo uri, InputStream body) {
        EvidenceFile file = evidence.attach(tenant, recordId, fileName, contentType, description, body);
        return Response.created(uri.getAbsolutePathBuilder().path(file.id().toString()).build()).entity(file)
                .type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listEvidence", summary = "The files attached to a realisation, oldest first")
    @APIResponse(responseCode = "200", description = "The files",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = EvidenceFile.class)))
    @APIResponse(responseCode = "404", description = "No such realisation within the caller's agencies",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<EvidenceFile> list(@PathParam("tenant") String tenant, @PathParam("recordId") UUID recordId) {
        return evidence.list(tenant, recordId);
    }

    @GET
    @Path("/{evidenceId}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadEvidence", summary = "Download an attached file (with its own content type)")
    @APIResponse(responseCode = "200", description = "The file; ETag is its SHA-256",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such file or realisation within the caller's agencies",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response download(@PathParam("tenant") String tenant, @PathParam("recordId") UUID recordId,
                             @PathParam("evidenceId") UUID evidenceId) {
        EvidenceService.Download d = evidence.download(tenant, recordId, evidenceId);
        String name = URLEncoder.encode(d.file().fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(d.content(), d.file().contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + name)
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.ETAG, "\"" + d.file().sha256() + "\"")
                .build();
    }

    @DELETE
    @Path("/{evidenceId}")
    @Operation(operationId = "removeEvidence", summary = "Remove an attached file (its name and checksum stay in the audit trail)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such file or realisation within the caller's agencies",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response remove(@PathParam("tenant") String tenant, @PathParam("recordId") UUID recordId,
                           @PathParam("evidenceId") UUID evidenceId) {
        evidence.remove(tenant, recordId, evidenceId);
        return Response.noContent().build();
    }
}
