package id.kinerja.reporting.rollup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs roll-up builds off the request threads, so readers served stale bytes do not wait for them. A few threads
 * suffice: the cache starts at most one build per dashboard at a time.
 */
@ApplicationScoped
public class RollupBuilds {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private ExecutorService pool;

    @Inject
    Context context;

    @PostConstruct
    void init() {
        pool = Executors.newFixedThreadPool(3, task -> {
            Thread thread = new Thread(task, "rollup-build-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Builds on a pool thread and completes {@code result} with the bytes or the failure. */
    public <T> void start(Supplier<T> build, CompletableFuture<T> result) {
        pool.execute(() -> {
            try {
                result.complete(context.run(build));
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    /** The reads behind a dashboard use Hibernate, which needs a request context outside a transaction. */
    @ApplicationScoped
    public static class Context {
        @ActivateRequestContext
        public <T> T run(Supplier<T> build) {
            return build.get();
        }
    }

    /** Builds on the calling thread (unit tests). */
    static RollupBuilds direct() {
        return new RollupBuilds() {
            @Override
            public <T> void start(Supplier<T> build, CompletableFuture<T> result) {
                try {
                    result.complete(build.get());
                } catch (RuntimeException e) {
                    result.completeExceptionally(e);
                }
            }
        };
    }
}
