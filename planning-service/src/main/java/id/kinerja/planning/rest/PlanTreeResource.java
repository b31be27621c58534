package id.kinerja.planning.rest;

import id.kinerja.events.plan.ObjectiveKind;
import id.kinerja.events.plan.TargetValue;
import id.kinerja.events.planning.IndicatorPayload;
import id.kinerja.events.planning.PkPayload;
import id.kinerja.events.planning.QuarterlyTargetPayload;
import id.kinerja.events.planning.RenstraPayload;
import id.kinerja.events.planning.RuleSetPayload;
import id.kinerja.planning.domain.Indicator;
import id.kinerja.planning.domain.Objective;
import id.kinerja.planning.domain.Pk;
import id.kinerja.planning.domain.QuarterlyTarget;
import id.kinerja.planning.domain.Renstra;
import id.kinerja.planning.domain.RuleSet;
import id.kinerja.planning.service.BudgetService;
import id.kinerja.planning.service.OrganisationService;
import id.kinerja.planning.service.PlanEvents;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Objects;

@Path("/api/v1/tenants/{tenant}/agencies/{agency}/plan/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plan tree", description = "A whole agency-year plan in one call")
public class PlanTreeResource {

    @Inject
    OrganisationService organisation;
    @Inject
    BudgetService budget;

    public record IndicatorNode(IndicatorPayload indicator, TargetValue yearTarget) {
    }

    public record ObjectiveNode(ObjectiveKind kind, String code, String name, List<IndicatorNode> indicators,
                                List<ObjectiveNode> sasaran) {
    }

    public record PlanTree(int year, RenstraPayload renstra, List<ObjectiveNode> tujuan, List<IndicatorNode> outputIndicators,
                           BudgetResource.BudgetTree budget, List<PkPayload> pks,
                           List<QuarterlyTargetPayload> quarterlyTargets, RuleSetPayload rules) {
    }

    @GET
    @Transactional
    @Operation(operationId = "getPlanTree", summary = "Renstra tree with the year's targets, budget tree with computed totals, PKs, rencana aksi and rules in force")
    @APIResponse(responseCode = "200", description = "The plan")
    public PlanTree get(@PathParam("tenant") String tenant, @PathParam("agency") String agency,
                        @PathParam("year") int year) {
        organisation.agency(tenant, agency);
        Renstra renstra = Renstra.covering(tenant, agency, year).orElse(null);
        List<IndicatorNode> indicators = renstra == null ? List.of() : Indicator.of(renstra.id).stream()
                .map(i -> new IndicatorNode(PlanEvents.payload(i, renstra.code), i.targetFor(year).orElse(null)))
                .toList();
        List<ObjectiveNode> tujuan = renstra == null ? List.of() : tree(Objective.of(renstra.id), indicators);
        List<BudgetService.NodeTotals> roots = budget.tree(tenant, agency, year);
        return new PlanTree(year, renstra == null ? null : PlanEvents.payload(renstra), tujuan,
                indicators.stream().filter(i -> switch (i.indicator().level()) {
                    case TUJUAN, SASARAN -> false;
                    default -> true;
                }).toList(),
                new BudgetResource.BudgetTree(year, BudgetService.sum(roots),
                        roots.stream().map(BudgetResource.BudgetTreeNode::of).toList()),
                Pk.of(tenant, agency, year).stream().map(PlanEvents::payload).toList(),
                QuarterlyTarget.of(tenant, agency, year).stream().map(PlanEvents::payload).toList(),
                RuleSet.inForce(tenant, year).map(PlanEvents::payload).orElse(null));
    }

    private static List<ObjectiveNode> tree(List<Objective> objectives, List<IndicatorNode> indicators) {
        return objectives.stream().filter(o -> o.kind == ObjectiveKind.TUJUAN)
                .map(t -> new ObjectiveNode(t.kind, t.code, t.name, under(t.code, indicators),
                        objectives.stream().filter(s -> s.kind == ObjectiveKind.SASARAN && Objects.equals(s.parentCode, t.code))
                                .map(s -> new ObjectiveNode(s.kind, s.code, s.name, under(s.code, indicators), List.of()))
                                .toList()))
                .toList();
    }

    private static List<IndicatorNode> under(String objectiveCode, List<IndicatorNode> indicators) {
        return indicators.stream().filter(i -> switch (i.indicator().level()) {
            case TUJUAN, SASARAN -> i.indicator().parentCode().equals(objectiveCode);
            default -> false;
        }).toList();
    }
}
