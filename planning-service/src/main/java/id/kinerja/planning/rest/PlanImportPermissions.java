package id.kinerja.planning.rest;

import id.kinerja.commons.problem.Problem;
import id.kinerja.commons.problem.ProblemException;
import id.kinerja.commons.security.Caller;
import id.kinerja.commons.security.Roles;
import id.kinerja.planning.rest.input.PlanImportDocument;

import java.util.List;

/**
 * A composite request needs, section by section, the permission of the endpoint that writes that section
 * alone. The agency sections (Renstra, objectives, indicators, budget, PKs, quarterly targets) are agency-scoped
 * like the import path itself; {@code rules} are tenant-wide and {@code PUT .../rules} needs admin, so a
 * planner's import carrying rules is refused whole, before anything is read or written.
 */
final class PlanImportPermissions {

    private PlanImportPermissions() {
    }

    static void check(Caller caller, PlanImportDocument document) {
        if (document.rules() != null && !caller.has(Roles.ADMIN)) {
            throw new ProblemException(403, "Forbidden", "the rules section changes the tenant's rules, which needs"
                    + " the role admin (as PUT .../rules does); import the plan without it", List.of(
                    new Problem.FieldError("rules", "needs the role admin")));
        }
    }
}
