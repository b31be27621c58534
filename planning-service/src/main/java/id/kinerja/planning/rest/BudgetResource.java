package id.kinerja.planning.rest;

import id.kinerja.commons.problem.Problem;
import id.kinerja.events.plan.BudgetVersion;
import id.kinerja.events.planning.BudgetNodePayload;
import id.kinerja.planning.domain.BudgetNode;
import id.kinerja.planning.rest.input.BudgetNodeInput;
import id.kinerja.planning.service.BudgetService;
import id.kinerja.planning.service.Change;
import id.kinerja.planning.service.Conflicts;
import id.kinerja.planning.service.PlanEvents;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

@Path("/api/v1/tenants/{tenant}/agencies/{agency}/budget/{year}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Budget", description = "Program, kegiatan, sub-kegiatan and pagu per DPA/DPPA; totals computed")
public class BudgetResource {

    @Inject
    BudgetService budget;

    /** A node with its computed totals per budget version. */
    public record BudgetTreeNode(BudgetNodePayload node, Map<BudgetVersion, BigDecimal> total,
                                 List<BudgetTreeNode> children) {
        static BudgetTreeNode of(BudgetService.NodeTotals n) {
            return new BudgetTreeNode(PlanEvents.payload(n.node()), n.totals(),
                    n.children().stream().map(BudgetTreeNode::of).toList());
        }
    }

    public record BudgetTree(int year, Map<BudgetVersion, BigDecimal> total, List<BudgetTreeNode> programs) {
    }

    @PUT
    @Path("/nodes")
    @Transactional
    @Operation(operationId = "putBudgetNodes", summary = "Create or update a budget node by its Permendagri 90 code (pagu on leaves only)")
    @APIResponse(responseCode = "200", description = "What changed and the node")
    @APIResponse(responseCode = "422", description = "Bad code format, unknown parent or sasaran, pagu on a parent ...",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WriteResponse<BudgetNodePayload> put(@PathParam("tenant") String tenant, @PathParam("agency") String agency,
                                                @PathParam("year") int year, @NotNull @Valid BudgetNodeInput in) {
        Conflicts conflicts = new Conflicts();
        Change change = budget.upsert(tenant, agency, year, in, conflicts, "");
        conflicts.throwIfAny();
        return WriteResponse.of(tenant, change, conflicts,
                PlanEvents.payload(BudgetNode.find(tenant, agency, year, in.code()).orElseThrow()));
    }

    @GET
    @Operation(operationId = "getBudgetTree", summary = "The budget tree of the year with totals per level and budget version (computed)")
    @APIResponse(responseCode = "200", description = "The tree")
    public BudgetTree tree(@PathParam("tenant") String tenant, @PathParam("agency") String agency,
                           @PathParam("year") int year) {
        List<BudgetService.NodeTotals> roots = budget.tree(tenant, agency, year);
        return new BudgetTree(year, BudgetService.sum(roots), roots.stream().map(BudgetTreeNode::of).toList());
    }
}
