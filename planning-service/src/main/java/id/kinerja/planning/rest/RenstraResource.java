package id.kinerja.planning.rest;

import id.kinerja.commons.paging.PageQuery;
import id.kinerja.commons.paging.Paged;
import id.kinerja.commons.problem.Problem;
import id.kinerja.events.plan.IndicatorLevel;
import id.kinerja.events.planning.IndicatorPayload;
import id.kinerja.events.planning.RenstraPayload;
import id.kinerja.planning.domain.Indicator;
import id.kinerja.planning.domain.Renstra;
import id.kinerja.planning.domain.RenstraSnapshot;
import id.kinerja.planning.rest.input.IndicatorInput;
import id.kinerja.planning.rest.input.ObjectiveInput;
import id.kinerja.planning.rest.input.RenstraInput;
import id.kinerja.planning.service.Change;
import id.kinerja.planning.service.Conflicts;
import id.kinerja.planning.service.IndicatorService;
import id.kinerja.planning.service.OrganisationService;
import id.kinerja.planning.service.PlanEvents;
import id.kinerja.planning.service.RenstraService;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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

import java.util.List;

@Path("/api/v1/tenants/{tenant}/agencies/{agency}/renstra")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Renstra", description = "Strategic plans: versions, tujuan/sasaran tree, indicators and yearly targets")
public class RenstraResource {

    @Inject
    RenstraService renstras;
    @Inject
    IndicatorService indicators;
    @Inject
    OrganisationService organisation;

    public record RenstraVersionView(int versionNo, RenstraPayload renstra, RenstraSnapshot tree) {
    }

    @PUT
    @Transactional
    @Operation(operationId = "putRenstra", summary = "Create or update a Renstra (header and versions) by its code")
    @APIResponse(responseCode = "200", description = "What changed and the Renstra")
    @APIResponse(responseCode = "422", description = "Invalid period or versions",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WriteResponse<RenstraPayload> put(@PathParam("tenant") String tenant, @PathParam("agency") String agency,
                                             @NotNull @Valid RenstraInput in) {
        Conflicts conflicts = new Conflicts();
        Change change = renstras.upsert(tenant, agency, in, conflicts, "");
        conflicts.throwIfAny();
        return WriteResponse.of(tenant, change, conflicts, PlanEvents.payload(renstras.get(tenant, agency, in.code())));
    }

    @GET
    @Operation(operationId = "listRenstra", summary = "List the agency's Renstra")
    @APIResponse(responseCode = "200", description = "Renstra with their versions and tree")
    public List<RenstraPayload> list(@PathParam("tenant") String tenant, @PathParam("agency") String agency) {
        organisation.agency(tenant, agency);
        return Renstra.<Renstra>list("tenant = ?1 and agencyCode = ?2 order by periodStart", tenant, agency).stream()
                .map(PlanEvents::payload).toList();
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getRenstra", summary = "Get a Renstra")
    @APIResponse(responseCode = "200", description = "The Renstra")
    @APIResponse(responseCode = "404", description = "Unknown tenant, agency or Renstra",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RenstraPayload get(@PathParam("tenant") String tenant, @PathParam("agency") String agency,
                              @PathParam("code") String code) {
        return PlanEvents.payload(renstras.get(tenant, agency, code));
    }

    @POST
    @Path("/{code}/versions")
    @Operation(operationId = "addRenstraVersion", summary = "Add a Perubahan or Suplemen version; the current tree is kept readable as the old version")
    @APIResponse(responseCode = "200", description = "The Renstra with the new current version")
    public RenstraPayload addVersion(@PathParam("tenant") String tenant, @PathParam("agency") String agency,
                                     @PathParam("code") String code, @NotNull @Valid RenstraInput.Version in) {
        return PlanEvents.payload(renstras.addVersion(tenant, agency, code, in));
    }

    @GET
    @Path("/{code}/versions/{versionNo}")
    @Operation(operationId = "getRenstraVersion", summary = "Read a version of the Renstra with its tree as it stood")
    @APIResponse(responseCode = "200", description = "The version and its tree")
    @APIResponse(responseCode = "404", description = "Unknown version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RenstraVersionView version(@PathParam("tenant") String tenant, @PathParam("agency") String agency,
                                      @PathParam("code") String code, @PathParam("versionNo") int versionNo) {
        Renstra renstra = renstras.get(tenant, agency, code);
        return new RenstraVersionView(versionNo, PlanEvents.payload(renstra), renstras.tree(renstra, versionNo));
    }

    @PUT
    @Path("/{code}/objectives")
    @Transactional
    @Operation(operationId = "putRenstraObjective", summary = "Create or update a tujuan or sasaran by its code")
    @APIResponse(responseCode = "200", description = "What changed")
    @APIResponse(responseCode = "422", description = "Unknown parent tujuan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WriteResponse<RenstraPayload> putObjective(@PathParam("tenant") String tenant,
                                                      @PathParam("agency") String agency, @PathParam("code") String code,
                                                      @NotNull @Valid ObjectiveInput in) {
        Conflicts conflicts = new Conflicts();
        Change change = renstras.upsertObjective(tenant, agency, code, in, conflicts, "");
        conflicts.throwIfAny();
        return WriteResponse.of(tenant, change, conflicts, PlanEvents.payload(renstras.get(tenant, agency, code)));
    }

    @PUT
    @Path("/{code}/indicators")
    @Transactional
    @Operation(operationId = "putRenstraIndicator", summary = "Create or update an indicator (with its targets per Renstra year) by its code")
    @APIResponse(responseCode = "200", description = "What changed and the indicator")
    @APIResponse(responseCode = "422", description = "Unknown parent, year outside the period, RANGE without bounds ...",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WriteResponse<IndicatorPayload> putIndicator(@PathParam("tenant") String tenant,
                                                        @PathParam("agency") String agency,
                                                        @PathParam("code") String code,
                                                        @NotNull @Valid IndicatorInput in) {
        Conflicts conflicts = new Conflicts();
        Change change = indicators.upsert(tenant, agency, code, in, conflicts, "");
        conflicts.throwIfAny();
        Renstra renstra = renstras.get(tenant, agency, code);
        return WriteResponse.of(tenant, change, conflicts,
                PlanEvents.payload(Indicator.find(renstra.id, in.code()).orElseThrow(), code));
    }

    @GET
    @Path("/{code}/indicators")
    @Operation(operationId = "listRenstraIndicators", summary = "List indicators, paged, filtered by level, IKU flag or code prefix")
    @APIResponse(responseCode = "200", description = "A page of indicators")
    public Paged<IndicatorPayload> indicators(@PathParam("tenant") String tenant, @PathParam("agency") String agency,
                                              @PathParam("code") String code, @Valid @BeanParam PageQuery page,
                                              @QueryParam("level") IndicatorLevel level,
                                              @QueryParam("iku") Boolean iku,
                                              @QueryParam("codePrefix") String codePrefix) {
        Renstra renstra = renstras.get(tenant, agency, code);
        StringBuilder query = new StringBuilder("renstraId = :renstra");
        Parameters params = Parameters.with("renstra", renstra.id);
        if (level != null) {
            query.append(" and level = :level");
            params.and("level", level);
        }
        if (iku != null) {
            query.append(" and iku = :iku");
            params.and("iku", iku);
        }
        if (codePrefix != null) {
            query.append(" and code like :prefix");
            params.and("prefix", codePrefix + "%");
        }
        var found = Indicator.<Indicator>find(query.toString(), Sort.by("code"), params);
        return Paged.of(found.page(Page.of(page.page - 1, page.pageSize)).list(), i -> PlanEvents.payload(i, code),
                page.page, page.pageSize, found.count());
    }
}
