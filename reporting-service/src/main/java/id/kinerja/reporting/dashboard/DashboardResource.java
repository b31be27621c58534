package id.kinerja.reporting.dashboard;

import id.kinerja.commons.problem.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenants/{tenant}/agencies/{agency}/dashboard/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboards", description = "Capaian, predikat, serapan and efisiensi computed from the detailed records")
public class DashboardResource {

    @Inject
    DashboardService dashboards;
    @Inject
    id.kinerja.reporting.lkjip.LkjipService lkjip;
    @Inject
    FindingsService findings;

    @GET
    @Path("/findings")
    @Operation(summary = "Findings of the consistency checker: printed totals that are not the sum of their parts, PK "
            + "targets that differ from the Renstra, rencana aksi that miss the year target, provisional data, "
            + "spending above the pagu")
    @APIResponse(responseCode = "200", description = "The findings with the records and numbers involved")
    public java.util.List<Finding> findings(@PathParam("tenant") String tenant, @PathParam("agency") String agency,
                                            @PathParam("year") int year) {
        return findings.agencyYear(tenant, agency, year);
    }

    @GET
    @Operation(summary = "Agency-year dashboard: per sasaran and indicator target, realisation, capaian, predicate, "
            + "trend; budget pagu, spent, absorption; efficiency; organisation average")
    @APIResponse(responseCode = "200", description = "The dashboard")
    @APIResponse(responseCode = "404", description = "No Renstra of the agency covers the year (not yet known here)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AgencyDashboard dashboard(@PathParam("tenant") String tenant, @PathParam("agency") String agency,
                                     @PathParam("year") int year,
                                     @QueryParam("through") @DefaultValue("4")
                                     @Parameter(description = "year to date through quarter 1-4") int through,
                                     @QueryParam("official") @DefaultValue("true")
                                     @Parameter(description = "true: approved data only; false: all submitted data")
                                     boolean official,
                                     @QueryParam("compare") @DefaultValue("false")
                                     @Parameter(description = "add per indicator the earlier years (approved data, "
                                             + "capaian recomputed) and the Renstra year and end targets")
                                     boolean compare) {
        AgencyDashboard dashboard = dashboards.agencyYear(tenant, agency, year, through, official);
        return compare ? dashboard.withComparisons(lkjip.comparisons(tenant, agency, year, dashboard)) : dashboard;
    }

    @GET
    @Path("/indicators/{code}/explain")
    @Operation(summary = "The worked calculation of an indicator's figures: source records with versions, formula "
            + "in words and numbers, rules version, unrounded and presented values")
    @APIResponse(responseCode = "200", description = "The explanation")
    public DashboardService.IndicatorExplanation explain(@PathParam("tenant") String tenant,
                                                         @PathParam("agency") String agency,
                                                         @PathParam("year") int year, @PathParam("code") String code,
                                                         @QueryParam("through") @DefaultValue("4") int through,
                                                         @QueryParam("official") @DefaultValue("true") boolean official) {
        return dashboards.explain(tenant, agency, year, through, official, code);
    }
}
