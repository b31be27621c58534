package id.kinerja.planning.rest;

import id.kinerja.commons.problem.Problem;
import id.kinerja.events.planning.PkPayload;
import id.kinerja.planning.domain.Pk;
import id.kinerja.planning.domain.PkVersion;
import id.kinerja.planning.rest.input.AmendmentInput;
import id.kinerja.planning.rest.input.PkInput;
import id.kinerja.planning.service.Change;
import id.kinerja.planning.service.Conflicts;
import id.kinerja.planning.service.OrganisationService;
import id.kinerja.planning.service.PkDiff;
import id.kinerja.planning.service.PkService;
import id.kinerja.planning.service.PlanEvents;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

@Path("/api/v1/tenants/{tenant}/agencies/{agency}/pks/{year}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Perjanjian Kinerja", description = "Drafted, signed (frozen), amended; cascaded PKs link to their parent")
public class PkResource {

    @Inject
    PkService pks;
    @Inject
    OrganisationService organisation;

    public record SignRequest(LocalDate signedDate) {
    }

    @PUT
    @Transactional
    @Operation(operationId = "putPerjanjianKinerja", summary = "Create or edit a draft PK by its code; targets differing from the Renstra come back as warnings")
    @APIResponse(responseCode = "200", description = "What changed, warnings, and the PK")
    @APIResponse(responseCode = "409", description = "The PK is signed: file an amendment instead",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown indicator, budget node or parent PK",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WriteResponse<PkPayload> put(@PathParam("tenant") String tenant, @PathParam("agency") String agency,
                                        @PathParam("year") int year, @NotNull @Valid PkInput in) {
        Conflicts conflicts = new Conflicts();
        Change change = pks.upsert(tenant, agency, year, in, conflicts, "");
        conflicts.throwIfAny();
        Pk pk = pks.get(tenant, agency, year, in.code());
        pks.renstraTargetWarnings(tenant, agency, year, PkVersion.find(pk.id, pk.currentVersion).orElseThrow().content,
                conflicts, "content");
        return WriteResponse.of(tenant, change, conflicts, PlanEvents.payload(pk));
    }

    @GET
    @Operation(operationId = "listPerjanjianKinerja", summary = "List the agency's PKs of the year")
    @APIResponse(responseCode = "200", description = "PKs with all their versions")
    public List<PkPayload> list(@PathParam("tenant") String tenant, @PathParam("agency") String agency,
                                @PathParam("year") int year) {
        organisation.agency(tenant, agency);
        return Pk.of(tenant, agency, year).stream().map(PlanEvents::payload).toList();
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getPerjanjianKinerja", summary = "Get a PK with all its versions")
    @APIResponse(responseCode = "200", description = "The PK")
    @APIResponse(responseCode = "404", description = "Unknown PK",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PkPayload get(@PathParam("tenant") String tenant, @PathParam("agency") String agency,
                         @PathParam("year") int year, @PathParam("code") String code) {
        return PlanEvents.payload(pks.get(tenant, agency, year, code));
    }

    @POST
    @Path("/{code}/sign")
    @Operation(operationId = "signPerjanjianKinerja", summary = "Sign the draft: the PK is frozen from now on")
    @APIResponse(responseCode = "200", description = "The signed PK")
    @APIResponse(responseCode = "409", description = "Already signed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PkPayload sign(@PathParam("tenant") String tenant, @PathParam("agency") String agency,
                          @PathParam("year") int year, @PathParam("code") String code, SignRequest request) {
        return PlanEvents.payload(pks.sign(tenant, agency, year, code, request == null ? null : request.signedDate()));
    }

    @POST
    @Path("/{code}/amendments")
    @Operation(operationId = "amendPerjanjianKinerja", summary = "File a Perubahan PK: a new version with date and reason; older versions stay readable")
    @APIResponse(responseCode = "200", description = "The PK with the amendment as current version")
    @APIResponse(responseCode = "409", description = "The PK is still a draft",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PkPayload amend(@PathParam("tenant") String tenant, @PathParam("agency") String agency,
                           @PathParam("year") int year, @PathParam("code") String code,
                           @NotNull @Valid AmendmentInput in) {
        return PlanEvents.payload(pks.amend(tenant, agency, year, code, in, new Conflicts()));
    }

    @GET
    @Path("/{code}/versions/{versionNo}")
    @Operation(operationId = "getPerjanjianKinerjaVersion", summary = "Read one version of a PK")
    @APIResponse(responseCode = "200", description = "The version")
    public PkPayload.Version version(@PathParam("tenant") String tenant, @PathParam("agency") String agency,
                                     @PathParam("year") int year, @PathParam("code") String code,
                                     @PathParam("versionNo") int versionNo) {
        PkVersion v = pks.version(pks.get(tenant, agency, year, code), versionNo);
        return new PkPayload.Version(v.versionNo, v.kind, v.dated, v.reason, v.signedAt, v.content);
    }

    @GET
    @Path("/{code}/diff")
    @Operation(operationId = "diffPerjanjianKinerja", summary = "Differences between two versions (targets, budgets, stated total)")
    @APIResponse(responseCode = "200", description = "The differences")
    public PkDiff diff(@PathParam("tenant") String tenant, @PathParam("agency") String agency,
                       @PathParam("year") int year, @PathParam("code") String code,
                       @QueryParam("from") @NotNull Integer from, @QueryParam("to") @NotNull Integer to) {
        Pk pk = pks.get(tenant, agency, year, code);
        return PkDiff.between(from, pks.version(pk, from).content, to, pks.version(pk, to).content);
    }
}
