package id.kinerja.realisation.replica;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * Runs a push; if it named plan items the replica lacks while the replica is behind, waits briefly (outside the
 * push's transaction, which rolled back) for the replica to catch up and runs it once more. Still behind: 503.
 */
@ApplicationScoped
public class CatchingUp {

    @Inject
    ReplicaLag lag;
    @Inject
    PlanWatermarks watermarks;
    @ConfigProperty(name = "kinerja.replica.catch-up-wait", defaultValue = "3s")
    Duration wait;

    /**
     * As {@link #run(Callable)}, after waiting briefly for the replica to have the tenant's plan up to
     * {@code planVersion} (the version planning answered the client); still short of it: 503, nothing run.
     */
    public <T> T run(String tenant, Long planVersion, Callable<T> push) throws Exception {
        awaitVersion(tenant, planVersion);
        return run(push);
    }

    /** Waits briefly for the replica to have the tenant's plan up to {@code planVersion}; still short of it: 503. */
    public void awaitVersion(String tenant, Long planVersion) {
        if (planVersion != null && !watermarks.await(tenant, planVersion, wait)) {
            throw PlanNotYetReplicated.version(planVersion, watermarks.watermark(tenant));
        }
    }

    public <T> T run(Callable<T> push) throws Exception {
        try {
            return push.call();
        } catch (PlanNotYetReplicated behind) {
            if (!lag.awaitCaughtUp(wait)) {
                throw behind;
            }
            return push.call();
        }
    }

    /**
     * Called inside the push, before anything is kept: rows naming plan items the replica lacks are only "unknown"
     * once the replica has caught up with planning.
     */
    public <E> void refuseIfBehind(List<E> errors, Predicate<E> notInPlan) {
        if (errors.stream().anyMatch(notInPlan) && lag.caughtUp().map(caughtUp -> !caughtUp).orElse(false)) {
            throw new PlanNotYetReplicated();
        }
    }
}
