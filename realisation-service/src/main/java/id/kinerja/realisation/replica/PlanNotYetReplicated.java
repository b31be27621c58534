package id.kinerja.realisation.replica;

import id.kinerja.commons.problem.ProblemException;

import java.util.List;

/**
 * 503: a push names plan items this service has not received from planning yet, and it is still receiving
 * planning's events; retrying after {@code Retry-After} seconds will likely succeed. Nothing was written.
 */
public class PlanNotYetReplicated extends ProblemException {

    public static final int RETRY_AFTER_SECONDS = 2;

    public PlanNotYetReplicated() {
        super(503, "Plan Being Replicated", "The request names plan items this service has not received yet: the "
                        + "plan is still being replicated from planning-service. Nothing was written; retry after "
                        + RETRY_AFTER_SECONDS + " s.", List.of(), "plan-replicating", RETRY_AFTER_SECONDS);
    }
}
