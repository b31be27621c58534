package id.kinerja.realisation.jobs;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.Semaphore;

/**
 * Back-pressure: bodies above {@code kinerja.jobs.async-above} (or sent with {@code Prefer: respond-async}) become
 * jobs, at most {@code kinerja.jobs.max-per-tenant} waiting or running per tenant; synchronous pushes above
 * {@code kinerja.imports.large-above} run at most {@code kinerja.imports.max-concurrent-large} at once per pod
 * (each holds its body in memory). Over a limit: 429 with Retry-After.
 */
@ApplicationScoped
public class ImportLimits {

    @ConfigProperty(name = "kinerja.jobs.async-above", defaultValue = "16M")
    MemorySize asyncAbove;
    @ConfigProperty(name = "kinerja.jobs.max-per-tenant", defaultValue = "3")
    int jobsPerTenant;
    @ConfigProperty(name = "kinerja.jobs.retry-after", defaultValue = "30")
    int jobsRetryAfter;
    @ConfigProperty(name = "kinerja.imports.large-above", defaultValue = "1M")
    MemorySize largeAbove;
    @ConfigProperty(name = "kinerja.imports.max-concurrent-large", defaultValue = "4")
    int concurrentLarge;
    @ConfigProperty(name = "kinerja.imports.retry-after", defaultValue = "5")
    int largeRetryAfter;

    private Semaphore large;

    @PostConstruct
    void init() {
        large = new Semaphore(concurrentLarge);
    }

    /** Bytes a synchronous push may have; more (or a request that prefers it) is a job. */
    public long asyncAbove() {
        return asyncAbove.asLongValue();
    }

    public int jobsPerTenant() {
        return jobsPerTenant;
    }

    public TooManyRequests tooManyJobs(String tenant) {
        return new TooManyRequests("kinerja.jobs.max-per-tenant", jobsPerTenant, "the pemda '" + tenant
                + "' already has as many import jobs waiting or running as allowed", jobsRetryAfter);
    }

    /** A place for a synchronous push of {@code bytes}, released by closing it; none left: 429. */
    public Permit synchronous(long bytes) {
        if (bytes <= largeAbove.asLongValue()) {
            return () -> { };
        }
        if (!large.tryAcquire()) {
            throw new TooManyRequests("kinerja.imports.max-concurrent-large", concurrentLarge, "as many large "
                    + "synchronous pushes are running as allowed; send later or as a job (Prefer: respond-async)",
                    largeRetryAfter);
        }
        return large::release;
    }

    /** Tests hold every place to see the 429. */
    public Semaphore largeSynchronous() {
        return large;
    }

    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }
}
