package id.kinerja.realisation.replica;

import id.kinerja.commons.problem.Problem.FieldError;
import id.kinerja.commons.problem.ProblemException;

import java.util.List;

/**
 * 503: a push names plan items this service has not received from planning yet, and it is still receiving
 * planning's events; retrying after {@code Retry-After} seconds will likely succeed. Nothing was written.
 */
public class PlanNotYetReplicated extends ProblemException {

    public static final int RETRY_AFTER_SECONDS = 2;

    public PlanNotYetReplicated() {
        this("The request names plan items this service has not received yet: the plan is still being replicated "
                + "from planning-service.", List.of());
    }

    /** The push asked for a plan version (?planVersion=) this service has not reached yet. */
    public static PlanNotYetReplicated version(long asked, long reached) {
        return new PlanNotYetReplicated("This service has the plan up to version " + reached + ", not yet version "
                + asked + ": the plan is still being replicated from planning-service.", List.of(
                new FieldError("planVersion", "not replicated yet (at " + reached + ")", asked)));
    }

    private PlanNotYetReplicated(String detail, List<FieldError> errors) {
        super(503, "Plan Being Replicated", detail + " Nothing was written; retry after " + RETRY_AFTER_SECONDS
                + " s.", errors, "plan-replicating", RETRY_AFTER_SECONDS);
    }
}
