package id.kinerja.reporting.rollup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.commons.security.TenantProvinces;
import id.kinerja.reporting.readmodel.FigureNotifier;
import id.kinerja.reporting.readmodel.PemdaChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The current pemda, province and national dashboards of this pod, serialised once and served until a figure of
 * a pemda under them changes. A change bumps the generation of its pemda, its province and the nation: on the
 * pod that stored it right after commit, on every other pod when it reads the change from
 * {@code reporting.figures} (so another pod answers the old roll-up for as long as the topic takes, ~tens of ms).
 * <p>
 * An entry built from a generation older than the current one is rebuilt once, in the background, while readers
 * keep getting the previous bytes if those were started less than {@code max-stale} ago (stale while
 * revalidate): at a thousand updates a second a province changes continuously, and making every reader wait for
 * a rebuild is what put the p99 at hundreds of ms. Staleness stays bounded: older bytes are never served, the
 * reader then waits for the build. One build per key at a time (a burst of readers costs one query). The
 * generation is read before the query, so a change committed during a build is never lost: that build's result
 * counts as stale. A maximum age bounds what no event announces (a pemda renamed or moved on another pod).
 */
@ApplicationScoped
public class RollupCache {

    /** A serialised dashboard and its strong ETag (a digest of the bytes). */
    public record Cached(byte[] json, String etag) {
    }

    /** The last bytes of one key and the build under way, if any; guarded by itself. */
    private static final class Entry {
        Cached last;
        long lastGeneration;
        long lastStartedAt;
        CompletableFuture<Cached> building;
    }

    private static final String NATION = "";

    private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    ObjectMapper json;
    @Inject
    TenantProvinces provinces;
    @Inject
    RollupBuilds builds;
    @ConfigProperty(name = "kinerja.rollup.cache.max-age", defaultValue = "60s")
    Duration maxAge;
    @ConfigProperty(name = "kinerja.rollup.cache.max-stale", defaultValue = "1s")
    Duration maxStale;

    /** The figures of some agency of this pemda changed (or its name or province did). */
    public void changed(String tenant) {
        bump("T|" + tenant);
        provinces.provinceOf(tenant).ifPresent(p -> bump("P|" + p));
        bump("N|" + NATION);
    }

    void figuresCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) FigureNotifier.Announced change) {
        changed(change.tenant());
    }

    void pemdaCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) PemdaChanged change) {
        changed(change.tenant());
        if (change.previousProvince() != null) {
            bump("P|" + change.previousProvince());
        }
    }

    /** Everything may have changed (a replay swapped the tables in): nothing old is served any more. */
    public void clear() {
        generations.values().forEach(AtomicLong::incrementAndGet);
        entries.clear();
    }

    public Cached pemda(String tenant, String variant, Supplier<Object> build) {
        return get("T|" + tenant, variant, build);
    }

    public Cached province(String province, String variant, Supplier<Object> build) {
        return get("P|" + province, variant, build);
    }

    public Cached national(String variant, Supplier<Object> build) {
        return get("N|" + NATION, variant, build);
    }

    private Cached get(String scope, String variant, Supplier<Object> build) {
        long generation = generation(scope);
        long now = System.nanoTime();
        Entry entry = entries.computeIfAbsent(scope + "|" + variant, k -> new Entry());
        CompletableFuture<Cached> building;
        boolean mine = false;
        Cached stale = null;
        synchronized (entry) {
            if (entry.last != null && entry.lastGeneration >= generation
                    && now - entry.lastStartedAt < maxAge.toNanos()) {
                return entry.last;
            }
            if (entry.building == null) {
                CompletableFuture<Cached> next = new CompletableFuture<>();
                next.whenComplete((built, failed) -> settle(entry, next, generation, now, built));
                entry.building = next;
                mine = true;
            }
            building = entry.building;
            if (entry.last != null && now - entry.lastStartedAt < maxStale.toNanos()) {
                stale = entry.last;
            }
        }
        if (mine) {
            builds.start(() -> serialise(build.get()), building);
        }
        if (stale != null && !building.isDone()) {
            return stale;
        }
        try {
            return building.join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException e ? e : failed;
        }
    }

    /** A build ended: its bytes become the last ones unless a newer build's already are; a failure keeps the old. */
    private static void settle(Entry entry, CompletableFuture<Cached> build, long generation, long startedAt,
                               Cached built) {
        synchronized (entry) {
            if (built != null && (entry.last == null || generation >= entry.lastGeneration)) {
                entry.last = built;
                entry.lastGeneration = generation;
                entry.lastStartedAt = startedAt;
            }
            if (entry.building == build) {
                entry.building = null;
            }
        }
    }

    private long generation(String scope) {
        return generations.computeIfAbsent(scope, k -> new AtomicLong()).get();
    }

    private void bump(String scope) {
        generations.computeIfAbsent(scope, k -> new AtomicLong()).incrementAndGet();
    }

    private Cached serialise(Object dashboard) {
        try {
            byte[] bytes = json.writeValueAsBytes(dashboard);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new Cached(bytes, "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"");
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
