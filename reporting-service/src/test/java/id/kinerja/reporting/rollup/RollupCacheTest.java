package id.kinerja.reporting.rollup;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RollupCacheTest {

    RollupCache cache;
    final AtomicInteger builds = new AtomicInteger();

    @BeforeEach
    void cache() {
        cache = new RollupCache();
        cache.json = new ObjectMapper();
        cache.provinces = tenant -> Optional.of(tenant.startsWith("kota-x") ? "X" : "Y");
        cache.maxAge = Duration.ofMinutes(1);
        cache.maxStale = Duration.ofMinutes(1);
        cache.builds = RollupBuilds.direct();
    }

    Object build(String value) {
        builds.incrementAndGet();
        return Map.of("v", value);
    }

    static String text(RollupCache.Cached c) {
        return new String(c.json(), StandardCharsets.UTF_8);
    }

    @Test
    void servesTheSameBytesUntilAPemdaUnderTheKeyChanges() {
        RollupCache.Cached first = cache.province("X", "2024", () -> build("1"));
        assertThat(cache.province("X", "2024", () -> build("2"))).isSameAs(first);
        cache.changed("kota-y1"); // another province and pemda
        assertThat(cache.province("X", "2024", () -> build("2"))).isSameAs(first);
        assertThat(cache.pemda("kota-x1", "2024", () -> build("p"))).isNotNull();
        cache.changed("kota-x1");
        RollupCache.Cached second = cache.province("X", "2024", () -> build("2"));
        assertThat(text(second)).isEqualTo("{\"v\":\"2\"}");
        assertThat(second.etag()).isNotEqualTo(first.etag()).startsWith("\"").endsWith("\"");
        assertThat(text(cache.national("2024", () -> build("n")))).contains("n");
        cache.changed("kota-y1"); // every change is a change of the nation
        assertThat(text(cache.national("2024", () -> build("n2")))).contains("n2");
        assertThat(text(cache.pemda("kota-x1", "2024", () -> build("p2")))).contains("p2");
        assertThat(text(cache.pemda("kota-x1", "2023", () -> build("p3")))).as("another variant").contains("p3");
    }

    @Test
    void aChangeDuringABuildIsNotLostAndConcurrentReadersShareOneBuild() throws Exception {
        CountDownLatch building = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            Future<RollupCache.Cached> slow = pool.submit(() -> cache.pemda("kota-x1", "k", () -> {
                building.countDown();
                await(release);
                return build("old");
            }));
            assertThat(building.await(5, TimeUnit.SECONDS)).isTrue();
            Future<?>[] joiners = new Future<?>[3];
            for (int i = 0; i < joiners.length; i++) {
                joiners[i] = pool.submit(() -> cache.pemda("kota-x1", "k", () -> build("never")));
            }
            Thread.sleep(50);
            release.countDown();
            assertThat(text(slow.get(5, TimeUnit.SECONDS))).contains("old");
            for (Future<?> joiner : joiners) {
                assertThat(text((RollupCache.Cached) joiner.get(5, TimeUnit.SECONDS))).contains("old");
            }
            assertThat(builds.get()).isEqualTo(1);

            // a change while the next build reads the database: that build's result is served once, then rebuilt
            CountDownLatch reading = new CountDownLatch(1);
            CountDownLatch go = new CountDownLatch(1);
            cache.changed("kota-x1");
            Future<RollupCache.Cached> racing = pool.submit(() -> cache.pemda("kota-x1", "k", () -> {
                reading.countDown();
                await(go);
                return build("read before the change");
            }));
            assertThat(reading.await(5, TimeUnit.SECONDS)).isTrue();
            cache.changed("kota-x1");
            go.countDown();
            assertThat(text(racing.get(5, TimeUnit.SECONDS))).contains("before");
            assertThat(text(cache.pemda("kota-x1", "k", () -> build("after")))).contains("after");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedBuildIsNotKeptAndOldEntriesExpire() {
        assertThatThrownBy(() -> cache.pemda("kota-x1", "k", () -> {
            throw new IllegalStateException("database down");
        })).hasMessage("database down");
        assertThat(text(cache.pemda("kota-x1", "k", () -> build("ok")))).contains("ok");

        cache.maxAge = Duration.ZERO;
        assertThat(text(cache.pemda("kota-x1", "k", () -> build("fresh")))).contains("fresh");
        cache.clear();
        assertThat(text(cache.pemda("kota-x1", "k", () -> build("cleared")))).contains("cleared");
    }

    @Test
    void readersGetThePreviousBytesWhileOneBuildRunsInTheBackgroundButNeverOlderThanMaxStale() throws Exception {
        RollupBuilds background = new RollupBuilds();
        background.context = new RollupBuilds.Context();
        background.init();
        cache.builds = background;
        ExecutorService readers = Executors.newSingleThreadExecutor();
        try {
            assertThat(text(cache.province("X", "k", () -> build("1")))).as("nothing to serve yet: waits").contains("1");
            cache.changed("kota-x1");
            CountDownLatch release = new CountDownLatch(1);
            assertThat(text(cache.province("X", "k", () -> {
                await(release);
                return build("2");
            }))).as("stale while the rebuild runs").contains("1");
            assertThat(text(cache.province("X", "k", () -> build("never")))).contains("1");
            release.countDown();
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
                    .until(() -> text(cache.province("X", "k", () -> build("never"))).contains("2"));
            assertThat(builds.get()).as("one build per change, however many readers").isEqualTo(2);

            cache.maxStale = Duration.ZERO;
            cache.changed("kota-x1");
            CountDownLatch go = new CountDownLatch(1);
            Future<RollupCache.Cached> waiting = readers.submit(() -> cache.province("X", "k", () -> {
                await(go);
                return build("3");
            }));
            Thread.sleep(100);
            assertThat(waiting).as("bytes older than max-stale are not served").isNotDone();
            go.countDown();
            assertThat(text(waiting.get(5, TimeUnit.SECONDS))).contains("3");
        } finally {
            readers.shutdownNow();
            background.stop();
        }
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
