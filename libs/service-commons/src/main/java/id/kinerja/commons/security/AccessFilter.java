package id.kinerja.commons.security;

import id.kinerja.commons.problem.Problem;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Every API request passes here before its resource runs: a valid bearer token is required (except on
 * {@link PublicEndpoint}s), its roles must admit the operation, and the tenant, agency and province in the
 * path must lie within the token's scope. Refusals are problem+json: 401 without a valid token, 403 outside
 * the scope, decided before any record is looked up so a refusal never tells whether a record of another
 * tenant exists. Rows that name their agency in the body (bulk pushes, workflow) are checked by the services
 * through {@link Caller#mayActFor}.
 */
public class AccessFilter {

    @Inject
    CurrentIdentityAssociation identities;
    @Inject
    Caller caller;
    @Inject
    TenantProvinces provinces;
    @ConfigProperty(name = "kinerja.security.write-roles", defaultValue = "admin")
    List<String> writeRoles;

    @ServerRequestFilter
    public Uni<Response> check(ContainerRequestContext request, ResourceInfo resource) {
        if (annotated(resource, PublicEndpoint.class)) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity()
                .map(identity -> decide(identity, request, resource))
                .onFailure().recoverWithItem(failure -> unauthorized(request,
                        "the bearer token is not valid (expired, not signed by the trusted issuer, or malformed)"));
    }

    private Response decide(SecurityIdentity identity, ContainerRequestContext request, ResourceInfo resource) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return unauthorized(request, "a bearer token is required");
        }
        Caller.Identity who = Caller.Identity.of(token);
        caller.set(who);
        // the request's JSON log lines name who and which pemda (next to the trace id OpenTelemetry adds)
        MDC.put("actor", who.actor());
        String pemda = request.getUriInfo().getPathParameters().getFirst("tenant");
        MDC.put("tenant", pemda != null ? pemda : String.valueOf(who.tenant()));
        boolean read = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        Set<String> admitted = admitted(resource, read);
        if (who.roles().stream().noneMatch(admitted::contains)) {
            return forbidden(request, "this operation needs one of the roles " + admitted.stream().sorted().toList());
        }
        MultivaluedMap<String, String> path = request.getUriInfo().getPathParameters();
        String tenant = path.getFirst("tenant");
        String agency = path.getFirst("agency") != null ? path.getFirst("agency") : agencyInUri(request);
        String province = path.getFirst("province");
        if (tenant != null) {
            boolean provinceReader = read && who.has(Roles.PROVINCE_VIEWER) && who.province() != null
                    && provinces.provinceOf(tenant).map(who.province()::equals).orElse(false);
            if (!who.inTenant(tenant) && !provinceReader) {
                return forbidden(request, "outside the caller's tenant");
            }
            if (agency != null && who.inTenant(tenant) && !who.mayActFor(tenant, agency)) {
                return forbidden(request, "outside the caller's agencies");
            }
        } else if (province != null) {
            if (!who.platform() && !province.equals(who.province())) {
                return forbidden(request, "outside the caller's province");
            }
        } else if ((!read || admitted.equals(Set.of(Roles.ADMIN))) && !who.platform()) {
            return forbidden(request, "a platform-wide operation (tenant claim '*')");
        }
        return null;
    }

    /** {@code /tenants/{t}/agencies/{code}...}: some resources name the agency path parameter {@code code}. */
    private static String agencyInUri(ContainerRequestContext request) {
        java.util.regex.Matcher m = AGENCY_IN_URI.matcher(request.getUriInfo().getPath());
        return m.find() ? m.group(1) : null;
    }

    private static final java.util.regex.Pattern AGENCY_IN_URI = java.util.regex.Pattern.compile("/tenants/[^/]+/agencies/([^/]+)");

    private Set<String> admitted(ResourceInfo resource, boolean read) {
        Access access = resource.getResourceMethod().getAnnotation(Access.class);
        if (access == null) {
            access = resource.getResourceClass().getAnnotation(Access.class);
        }
        if (access != null && !(read && access.writesOnly())) {
            return Set.copyOf(Arrays.asList(access.value()));
        }
        return read ? Roles.ALL : Set.copyOf(writeRoles);
    }

    private static boolean annotated(ResourceInfo resource, Class<? extends java.lang.annotation.Annotation> type) {
        AnnotatedElement method = resource.getResourceMethod();
        return (method != null && method.isAnnotationPresent(type))
                || (resource.getResourceClass() != null && resource.getResourceClass().isAnnotationPresent(type));
    }

    private static Response unauthorized(ContainerRequestContext request, String detail) {
        return problem(request, 401, "Unauthorized", detail).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private static Response forbidden(ContainerRequestContext request, String detail) {
        return problem(request, 403, "Forbidden", detail).build();
    }

    private static Response.ResponseBuilder problem(ContainerRequestContext request, int status, String title,
                                                    String detail) {
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(new Problem("https://kinerja.id/problems/"
                + status, title, status, detail, "/" + request.getUriInfo().getPath().replaceFirst("^/", ""), List.of()));
    }
}
