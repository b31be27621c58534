package id.kinerja.reporting.web;

import id.kinerja.commons.problem.ProblemException;
import id.kinerja.commons.security.PublicEndpoint;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Year;
import java.util.List;
import java.util.Map;

/**
 * What the dashboard page needs before anyone is signed in: how to sign in (OIDC or, in a local run, the demo
 * users) and the default year. Not part of the portal API (hidden from the OpenAPI document); every figure the
 * page shows comes from the documented API with the person's own token.
 */
@PublicEndpoint
@Path("/api/v1/dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    @Inject
    DashboardConfig config;
    @Inject
    DemoSignIn demo;

    public record SignIn(String mode, String issuer, String clientId, String scope, int defaultYear) {
    }

    public record Token(String accessToken, long expiresIn) {
    }

    @GET
    @Path("/config")
    @Operation(hidden = true)
    public SignIn config() {
        int year = config.defaultYear().orElse(Year.now().getValue() - 1);
        if (config.oidc().issuer().isPresent() && config.oidc().clientId().isPresent()) {
            return new SignIn("oidc", config.oidc().issuer().get().replaceAll("/$", ""), config.oidc().clientId().get(),
                    config.oidc().scope(), year);
        }
        return new SignIn(demo.enabled() ? "demo" : "none", null, null, null, year);
    }

    @GET
    @Path("/demo-users")
    @Operation(hidden = true)
    public List<Map<String, Object>> demoUsers() {
        requireDemo();
        return DemoUsers.ALL.stream().map(u -> Map.<String, Object>of("id", u.id(), "name", u.name(),
                "description", u.description(), "role", u.role())).toList();
    }

    @POST
    @Path("/demo-users/{id}/token")
    @Operation(hidden = true)
    public Token demoToken(@PathParam("id") String id) {
        requireDemo();
        DemoUsers.DemoUser user = DemoUsers.byId(id).orElseThrow(() -> ProblemException.notFound("demo user", id));
        return new Token(demo.mint(user), DemoSignIn.LIFETIME.toSeconds());
    }

    /** Outside a local run the demo sign-in does not exist, so it answers as an unknown path does. */
    private void requireDemo() {
        if (!demo.enabled()) {
            throw ProblemException.notFound("path", "/api/v1/dashboard/demo-users");
        }
    }
}
