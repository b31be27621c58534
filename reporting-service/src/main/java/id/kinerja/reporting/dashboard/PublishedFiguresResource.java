package id.kinerja.reporting.dashboard;

import id.kinerja.commons.problem.ProblemException;
import id.kinerja.commons.security.PublicEndpoint;
import id.kinerja.events.EventCatalog;
import id.kinerja.events.realisation.PeriodLockPayload;
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

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Published figures, served without a token: approved data only, and only for a year whose four quarters
 * are locked (closed) in realisation-service. Anything else answers 404 as if it did not exist.
 */
@PublicEndpoint
@Path("/api/v1/public/tenants/{tenant}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Published figures (no token)")
public class PublishedFiguresResource {

    @Inject
    DashboardService dashboards;
    @Inject
    States states;

    @GET
    @Path("/agencies/{agency}/dashboard/{year}")
    @Operation(summary = "An agency's approved figures of a closed year (public)")
    @APIResponse(responseCode = "200", description = "The dashboard, approved data only")
    @APIResponse(responseCode = "404", description = "Nothing published for that agency and year")
    @Transactional(Transactional.TxType.SUPPORTS)
    public AgencyDashboard agency(@PathParam("tenant") String tenant, @PathParam("agency") String agency,
                                  @PathParam("year") int year) {
        requireClosed(tenant, year);
        return dashboards.agencyYear(tenant, agency, year, 4, true);
    }

    @GET
    @Path("/dashboard/{year}")
    @Operation(summary = "A pemda's approved figures of a closed year (public)")
    @APIResponse(responseCode = "200", description = "The pemda dashboard, approved data only")
    @APIResponse(responseCode = "404", description = "Nothing published for that pemda and year")
    @Transactional(Transactional.TxType.SUPPORTS)
    public PemdaDashboard pemda(@PathParam("tenant") String tenant, @PathParam("year") int year) {
        requireClosed(tenant, year);
        return dashboards.pemdaYear(tenant, year, 4, true);
    }

    private void requireClosed(String tenant, int year) {
        Set<Integer> locked = states.of(tenant, EventCatalog.PERIOD_LOCK_CHANGED, null, year).stream()
                .map(States.Stored::payload).filter(PeriodLockPayload::locked).map(PeriodLockPayload::quarter)
                .collect(Collectors.toSet());
        if (!locked.containsAll(Set.of(1, 2, 3, 4))) {
            throw ProblemException.notFound("published figures of " + tenant + " for", String.valueOf(year));
        }
    }
}
