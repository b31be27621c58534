package id.kinerja.realisation.service;

import id.kinerja.commons.problem.Problem;
import id.kinerja.commons.problem.ProblemException;
import id.kinerja.commons.security.Caller;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of a push that name an agency outside the caller's scope (a reporter pushes for its own agencies
 * only). Collected over the whole request, then refused together with 403; the request's transaction rolls
 * back, so nothing of it is written.
 */
final class AgencyScope {

    private final Caller caller;
    private final String tenant;
    private final List<Problem.FieldError> refused = new ArrayList<>();

    AgencyScope(Caller caller, String tenant) {
        this.caller = caller;
        this.tenant = tenant;
    }

    /** False (and remembered) when the row's agency is outside the caller's scope. */
    boolean admits(int row, String agency) {
        if (agency == null || caller.mayActFor(tenant, agency)) {
            return true;
        }
        refused.add(new Problem.FieldError("rows[" + row + "].agencyCode", "outside the caller's agencies", agency));
        return false;
    }

    void refuseIfAny() {
        if (!refused.isEmpty()) {
            throw new ProblemException(403, "Forbidden", refused.size() + " row(s) name an agency outside the caller's"
                    + " scope; nothing was written", refused);
        }
    }
}
