package id.kinerja.realisation.jobs;

import id.kinerja.commons.problem.ConcurrencyConflicts;
import id.kinerja.commons.problem.Problem;
import id.kinerja.commons.problem.ProblemException;
import id.kinerja.commons.security.Caller;
import id.kinerja.realisation.replica.CatchingUp;
import id.kinerja.realisation.rest.BulkImports;
import id.kinerja.realisation.service.BulkOptions;
import id.kinerja.realisation.service.PushService;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs queued import jobs on {@code kinerja.jobs.workers} threads of this pod (every pod takes jobs; a job is
 * claimed by one). Each runs in a request context of its own, as the caller that submitted it, with the same
 * semantics as the synchronous push. Running jobs beat every poll; a job whose pod stopped beating for
 * {@code kinerja.jobs.stale-after} is run again from the start (nothing of it was committed), at most
 * {@code kinerja.jobs.max-attempts} times, then failed with the reason (docs/integrators.md).
 */
@ApplicationScoped
public class JobWorker {

    static final String PROBLEMS = "https://kinerja.id/problems/";

    @Inject
    JobStore store;
    @Inject
    JobTransactions transactions;
    @Inject
    BulkImports imports;
    @Inject
    CatchingUp catchingUp;
    @Inject
    Caller caller;
    @Inject
    AgroalDataSource db;
    @ConfigProperty(name = "kinerja.jobs.workers", defaultValue = "1")
    int workers;
    @ConfigProperty(name = "kinerja.jobs.stale-after", defaultValue = "1m")
    Duration staleAfter;
    @ConfigProperty(name = "kinerja.jobs.max-attempts", defaultValue = "3")
    int maxAttempts;
    @ConfigProperty(name = "kinerja.jobs.retention", defaultValue = "P7D")
    Duration retention;

    private final String owner = UUID.randomUUID().toString();
    private final Set<UUID> running = ConcurrentHashMap.newKeySet();
    private final AtomicInteger draining = new AtomicInteger();
    private ExecutorService pool;
    private volatile boolean stopping;
    private Instant lastPurge = Instant.EPOCH;

    void start(@Observes StartupEvent started) {
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "import-job-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        recover();
        kick();
    }

    void stop(@Observes ShutdownEvent stopped) throws Exception {
        stopping = true;
        if (pool != null) {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    @Scheduled(every = "${kinerja.jobs.poll-interval:2s}", delayed = "2s",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() throws Exception {
        store.heartbeat(List.copyOf(running));
        recover();
        kick();
        if (lastPurge.isBefore(Instant.now().minus(Duration.ofHours(1)))) {
            lastPurge = Instant.now();
            store.purge(Instant.now().minus(retention));
        }
    }

    /** Jobs of pods that stopped beating: queued again, or failed once they were interrupted too often. */
    public int[] recover() {
        try {
            int[] recovered = store.recover(Instant.now().minus(staleAfter), maxAttempts, JobStore.json(new Problem(
                    PROBLEMS + "job-interrupted", "Job Interrupted", 500, "The service stopped " + maxAttempts
                    + " times while running this job; nothing of it was written. Send the push again.", null,
                    List.of())), JobStore.json(new Problem(PROBLEMS + "job-interrupted", "Upload Interrupted", 500,
                    "The upload of this job's body was cut off; nothing was run. Send the push again.", null,
                    List.of())));
            if (recovered[0] + recovered[1] > 0) {
                Log.warnf("import jobs of a stopped pod: %d queued again to run from the start, %d failed",
                        recovered[0], recovered[1]);
            }
            return recovered;
        } catch (Exception e) {
            Log.warnf(e, "recovering import jobs failed; retried at the next poll");
            return new int[]{0, 0};
        }
    }

    /** Starts drainers up to the number of workers; each takes queued jobs until none is left. */
    public void kick() {
        for (int n = draining.get(); n < workers && pool != null && !stopping; n = draining.get()) {
            if (draining.compareAndSet(n, n + 1)) {
                pool.execute(this::drain);
            }
        }
    }

    private void drain() {
        try {
            for (ClaimedJob job = store.claim(owner); job != null && !stopping; job = store.claim(owner)) {
                process(job);
            }
        } catch (Exception e) {
            Log.warnf(e, "taking an import job failed; retried at the next poll");
        } finally {
            draining.decrementAndGet();
        }
    }

    private void process(ClaimedJob job) {
        JobRequest r = job.request();
        ManagedContext context = Arc.container().requestContext();
        context.activate();
        running.add(job.id());
        MDC.put("tenant", r.tenant());
        MDC.put("actor", r.submittedBy());
        long started = System.nanoTime();
        try {
            caller.actAs(r.caller());
            Log.infof("import job %s started (attempt %d): %s of %s, dryRun=%s atomic=%s", job.id(), job.attempt(),
                    r.kind().path(), r.tenant(), r.dryRun(), r.atomic());
            BulkOptions options = new BulkOptions(r.dryRun(), r.atomic(), r.submittedBy(), null)
                    .withProgress(progress(job.id()));
            PushService.Result result = catchingUp.run(() -> transactions.run(job, imports.work(r.kind(), r.tenant(),
                    options, r.format(), r.delimiter(), r.contentType(), () -> new JobBody(db, job.id()))));
            if (r.dryRun()) {
                transactions.done(job, result);
            }
            Log.infof("import job %s done in %d ms: %s", job.id(), (System.nanoTime() - started) / 1_000_000,
                    result.body().length() > 300 ? result.body().substring(0, 300) + "..." : result.body());
        } catch (Exception e) {
            failed(job, e);
        } finally {
            running.remove(job.id());
            context.terminate();
            MDC.remove("tenant");
            MDC.remove("actor");
        }
    }

    /** Progress in the job row (its own short transaction) and the log, at most once a second. */
    private BulkOptions.Progress progress(UUID job) {
        long[] last = {System.nanoTime()};
        return (read, accepted, rejected) -> {
            if (System.nanoTime() - last[0] < 1_000_000_000L) {
                return;
            }
            last[0] = System.nanoTime();
            QuarkusTransaction.requiringNew().run(() -> {
                try {
                    store.progress(job, read, accepted, rejected);
                } catch (java.sql.SQLException e) {
                    Log.debugf(e, "progress of import job %s not recorded", job);
                }
            });
            Log.infof("import job %s: %d rows read, %d accepted, %d rejected", job, read, accepted, rejected);
        };
    }

    private void failed(ClaimedJob job, Exception e) {
        String path = job.request().operation().replaceFirst("^\\S+ ", "");
        Problem problem;
        if (stopping) {
            Log.infof("import job %s interrupted by the shutdown: another pod or the next start runs it again", job.id());
            return;
        }
        if (e instanceof ProblemException p) {
            problem = new Problem(PROBLEMS + (p.type() != null ? p.type() : String.valueOf(p.status())), p.title(),
                    p.status(), p.getMessage(), path, p.errors());
        } else {
            problem = ConcurrencyConflicts.of(e, path).orElse(null);
            if (problem == null) {
                String errorId = UUID.randomUUID().toString();
                Log.errorf(e, "unexpected error %s in import job %s", errorId, job.id());
                problem = new Problem(PROBLEMS + "500", "Internal Server Error", 500, "An unexpected error occurred;"
                        + " quote error id " + errorId + " when reporting it", path, List.of());
            }
        }
        Log.infof("import job %s failed: %d %s", job.id(), problem.status(), problem.detail());
        try {
            store.fail(job.id(), problem.status(), JobStore.json(problem));
        } catch (Exception stored) {
            Log.errorf(stored, "import job %s failed and its outcome could not be stored; it will be recovered", job.id());
        }
    }
}
