package id.kinerja.planning.rest;

import id.kinerja.commons.Codes;
import id.kinerja.commons.paging.PageQuery;
import id.kinerja.commons.paging.Paged;
import id.kinerja.commons.problem.Problem;
import id.kinerja.commons.problem.ProblemException;
import id.kinerja.planning.domain.Official;
import id.kinerja.planning.service.OrganisationService;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import id.kinerja.commons.security.Access;
import id.kinerja.commons.security.Roles;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.UUID;

@Access(value = {Roles.ADMIN}, writesOnly = true)
@Path("/api/v1/tenants/{tenant}/officials")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation")
public class OfficialResource {

    @Inject
    OrganisationService organisation;

    public record OfficialRequest(
            @Size(max = 64) @Pattern(regexp = "^$|" + Codes.CODE, message = "letters, digits, '.', '_' or '-'")
            @Schema(description = "agency code; empty for the regional head", examples = "DISNAKER") String agencyCode,
            @Pattern(regexp = "^[0-9]{18}$", message = "an NIP has 18 digits") @Schema(examples = "197001011990031001") String nip,
            @NotBlank @Size(max = 255) String name,
            @Size(max = 128) @Schema(examples = "Pembina Utama Muda (IV/c)") String rank,
            @NotBlank @Size(max = 255) @Schema(examples = "Kepala Dinas Tenaga Kerja") String position) {
    }

    public record OfficialResponse(UUID id, String agencyCode, String nip, String name, String rank, String position) {
        static OfficialResponse of(Official o) {
            return new OfficialResponse(o.id, o.agencyCode, o.nip, o.name, o.rank, o.position);
        }
    }

    @POST
    @Transactional
    @Operation(operationId = "createOfficial", summary = "Register an official who signs PKs")
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "409", description = "The NIP is registered already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@PathParam("tenant") String tenant, @NotNull @Valid OfficialRequest in) {
        organisation.tenant(tenant);
        if (in.agencyCode() != null) {
            organisation.agency(tenant, in.agencyCode());
        }
        if (in.nip() != null && Official.count("tenant = ?1 and nip = ?2", tenant, in.nip()) > 0) {
            throw ProblemException.conflict("an official with NIP " + in.nip() + " is registered already");
        }
        Official official = new Official();
        official.id = UUID.randomUUID();
        official.tenant = tenant;
        official.agencyCode = in.agencyCode();
        official.nip = in.nip();
        official.name = in.name();
        official.rank = in.rank();
        official.position = in.position();
        official.version = 1;
        official.updatedAt = Instant.now();
        official.persist();
        return Response.status(201).entity(OfficialResponse.of(official)).build();
    }

    @GET
    @Operation(operationId = "listOfficials", summary = "List officials, optionally of one agency")
    @APIResponse(responseCode = "200", description = "A page of officials")
    public Paged<OfficialResponse> list(@PathParam("tenant") String tenant, @QueryParam("agency") String agency,
                                        @Valid @BeanParam PageQuery page) {
        organisation.tenant(tenant);
        var query = agency == null ? Official.<Official>find("tenant", Sort.by("name"), tenant)
                : Official.<Official>find("tenant = ?1 and agencyCode = ?2", Sort.by("name"), tenant, agency);
        return Paged.of(query.page(Page.of(page.page - 1, page.pageSize)).list(), OfficialResponse::of, page.page,
                page.pageSize, query.count());
    }
}
