package id.kinerja.commons.security;

import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Who is calling, from the verified token: roles ({@code groups}), tenant, the agencies it is limited to
 * (none = all of its tenant), its province, and the name the audit trail records (a person's
 * {@code preferred_username} or a machine client's {@code client_id}, else {@code sub}).
 */
@RequestScoped
public class Caller {

    private Identity identity = Identity.ANONYMOUS;

    public record Identity(String actor, Set<String> roles, String tenant, List<String> agencies, String province,
                           boolean machine) {
        static final Identity ANONYMOUS = new Identity("anonymous", Set.of(), null, List.of(), null, false);

        public static Identity of(JsonWebToken token) {
            String client = token.getClaim("client_id");
            String name = client != null ? client
                    : token.getClaim("preferred_username") != null ? token.getClaim("preferred_username") : token.getSubject();
            return new Identity(name, token.getGroups(), token.getClaim("tenant"), strings(token.getClaim("agencies")),
                    token.getClaim("province"), client != null);
        }

        private static List<String> strings(Object claim) {
            if (claim instanceof Collection<?> values) {
                return values.stream().map(v -> v.toString().replace("\"", "")).toList();
            }
            return claim == null ? List.of() : List.of(claim.toString());
        }

        public boolean has(String role) {
            return roles.contains(role);
        }

        public boolean platform() {
            return Roles.ANY_TENANT.equals(tenant);
        }

        public boolean inTenant(String code) {
            return platform() || (code != null && code.equals(tenant));
        }

        /** Within its tenant, and the agency is one of those it is limited to (if any). */
        public boolean mayActFor(String tenantCode, String agency) {
            return inTenant(tenantCode) && (agencies.isEmpty() || agencies.contains(agency));
        }
    }

    void set(Identity identity) {
        this.identity = identity;
    }

    /**
     * Background work done on behalf of a caller whose request was accepted and scoped earlier (an import job
     * run by a worker in its own request context): the identity stored with the work, never one read from input.
     */
    public void actAs(Identity identity) {
        set(identity);
    }

    public Identity identity() {
        return identity;
    }

    /** The name the audit trail records. */
    public String actor() {
        return identity.actor();
    }

    public boolean has(String role) {
        return identity.has(role);
    }

    public boolean mayActFor(String tenant, String agency) {
        return identity.mayActFor(tenant, agency);
    }
}
