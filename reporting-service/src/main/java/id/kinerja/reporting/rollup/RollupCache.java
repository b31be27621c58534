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
 * An entry built from a generation older than the current one is rebuilt by the first reader that notices while
 * the readers after it wait for that build (single flight: a burst of readers costs one query, not one per
 * reader). The generation is read before the query, so a change committed during a build is never lost. A
 * maximum age bounds what no event announces (a pemda renamed or moved on another pod, a replay elsewhere).
 */
@ApplicationScoped
public class RollupCache {

    /** A serialised dashboard and its strong ETag (a digest of the bytes). */
    public record Cached(byte[] json, String etag) {
    }

    /** One build of a dashboard: the generation it was started at, when, and its result (maybe still coming). */
    private record Slot(long generation, long startedAt, CompletableFuture<Cached> value) {
    }

    private static final String NATION = "";

    private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();
    private final Map<String, Slot> entries = new ConcurrentHashMap<>();

    @Inject
    ObjectMapper json;
    @Inject
    TenantProvinces provinces;
    @ConfigProperty(name = "kinerja.rollup.cache.max-age", defaultValue = "60s")
    Duration maxAge;

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

    /** Everything may have changed (a replay swapped the tables in). */
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
        String key = scope + "|" + variant;
        long generation = generation(scope);
        long now = System.nanoTime();
        Slot mine = new Slot(generation, now, new CompletableFuture<>());
        Slot current = entries.compute(key, (k, old) -> usable(old, generation, now) ? old : mine);
        if (current != mine) {
            try {
                return current.value().join();
            } catch (CompletionException failed) {
                entries.remove(key, current);
                throw failed.getCause() instanceof RuntimeException e ? e : failed;
            }
        }
        try {
            Cached built = serialise(build.get());
            mine.value().complete(built);
            return built;
        } catch (RuntimeException e) {
            entries.remove(key, mine);
            mine.value().completeExceptionally(e);
            throw e;
        }
    }

    /**
     * Started at this generation or a newer one (a build that started earlier may have read the database before
     * the change), and not failed nor too old.
     */
    private boolean usable(Slot slot, long generation, long now) {
        return slot != null && slot.generation() >= generation && !slot.value().isCompletedExceptionally()
                && now - slot.startedAt() < maxAge.toNanos();
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
