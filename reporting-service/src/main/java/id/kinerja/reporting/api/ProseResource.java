package id.kinerja.reporting.api;

import id.kinerja.commons.problem.Problem;
import id.kinerja.commons.problem.ProblemException;
import id.kinerja.commons.security.Access;
import id.kinerja.commons.security.Caller;
import id.kinerja.commons.security.Roles;
import id.kinerja.reporting.document.DocumentPrerender;
import id.kinerja.reporting.document.prose.Prose;
import id.kinerja.reporting.document.prose.ProseStore;
import id.kinerja.reporting.readmodel.AgencyView;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;

/**
 * The agency's own text in its LKjIP: plain text, paragraphs separated by a blank line; an empty field prints the
 * generated default. Each change is a new version (who, when) and renders the LKjIP again in the background.
 */
@Access(value = {Roles.PLANNER, Roles.REPORTER, Roles.ADMIN}, writesOnly = true)
@Path("/api/v1/tenants/{tenant}/agencies/{agency}/lkjip/{year}/prose")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents")
public class ProseResource {

    static final int MAX = 20_000;

    @Inject
    ProseStore store;
    @Inject
    DocumentPrerender prerender;
    @Inject
    Caller caller;

    public record ProseInput(
            @Size(max = MAX) @Schema(description = "Kata Pengantar; empty: the generated default") String kataPengantar,
            @Size(max = MAX) @Schema(description = "opening of the Ikhtisar Eksekutif, before the generated figures")
            String ikhtisarEksekutif,
            @Size(max = MAX) @Schema(description = "strategic context, printed in BAB I after the isu strategis")
            String konteksStrategis,
            @Size(max = MAX) @Schema(description = "BAB IV Penutup, Langkah Perbaikan; empty: the generated note")
            String penutup) {
    }

    public record ProseResponse(int version, String kataPengantar, String ikhtisarEksekutif, String konteksStrategis,
                                String penutup, String updatedBy, Instant updatedAt, boolean changed) {
        static ProseResponse of(Prose p, boolean changed) {
            return new ProseResponse(p.version(), p.kataPengantar(), p.ikhtisarEksekutif(), p.konteksStrategis(),
                    p.penutup(), p.updatedBy(), p.updatedAt(), changed);
        }
    }

    @PUT
    @Operation(operationId = "putLkjipProse", summary = "Set the agency's prose of its LKjIP (Kata Pengantar, "
            + "Ikhtisar Eksekutif intro, strategic context, Penutup); the document is rendered again in the background")
    @APIResponse(responseCode = "200", description = "The prose now in force and whether this write changed it")
    @APIResponse(responseCode = "400", description = "A field over 20 000 characters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown agency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Changed at the same time by another write",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProseResponse put(@PathParam("tenant") String tenant, @PathParam("agency") String agency,
                             @PathParam("year") int year, @NotNull @Valid ProseInput in) {
        known(tenant, agency);
        Prose wanted = new Prose(0, blankToNull(in.kataPengantar()), blankToNull(in.ikhtisarEksekutif()),
                blankToNull(in.konteksStrategis()), blankToNull(in.penutup()), null, null);
        var written = store.put(tenant, agency, year, wanted, caller.actor());
        written.ifPresent(p -> prerender.request(tenant, agency, year));
        return written.map(p -> ProseResponse.of(p, true))
                .orElseGet(() -> ProseResponse.of(store.at(tenant, agency, year, null), false));
    }

    @GET
    @Operation(operationId = "getLkjipProse", summary = "The agency's prose of its LKjIP now in force (version 0: "
            + "never written, the document prints the generated defaults)")
    @APIResponse(responseCode = "200", description = "The prose")
    public ProseResponse get(@PathParam("tenant") String tenant, @PathParam("agency") String agency,
                             @PathParam("year") int year) {
        return ProseResponse.of(store.at(tenant, agency, year, null), false);
    }

    /** Prose only for an agency planning-service announced (its read model). */
    private static void known(String tenant, String agency) {
        if (AgencyView.findById(new AgencyView.Key(tenant, agency)) == null) {
            throw ProblemException.notFound("agency", agency);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
