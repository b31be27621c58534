package id.kinerja.realisation.rest;

import id.kinerja.commons.problem.Problem;
import id.kinerja.commons.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;

/**
 * A workflow step or a reopen names an agency of the tenant's plan (as replicated from planning); an
 * unknown one is a 422 naming the field, not a 200 that moved nothing or a grant for nobody.
 */
@ApplicationScoped
public class KnownAgencies {

    @Inject
    EntityManager em;

    public void require(String tenant, String agencyCode, String field) {
        boolean known = !em.createNativeQuery("SELECT 1 FROM replica_agency WHERE tenant = :t AND code = :c")
                .setParameter("t", tenant).setParameter("c", agencyCode).setMaxResults(1).getResultList().isEmpty();
        if (!known) {
            throw ProblemException.unprocessable("The agency '" + agencyCode + "' is not an agency of " + tenant,
                    List.of(new Problem.FieldError(field, "unknown agency", agencyCode)));
        }
    }
}
