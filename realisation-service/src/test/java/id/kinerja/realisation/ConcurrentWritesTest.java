package id.kinerja.realisation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.events.plan.ValueType;
import id.kinerja.testsupport.DevTokens;
import id.kinerja.testsupport.DevTokens.Claims;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every write family raced: THREADS requests released at once, ROUNDS times (single PUTs with one If-Match,
 * creates of one new key, identical and overlapping bulks, one Idempotency-Key sent at once, workflow against
 * corrections, period locks against writes). No answer is a 5xx, the winners are exactly those the rules admit,
 * and afterwards every record's audit trail, row and outbox events form one unbroken chain ({@link RecordChains}).
 */
@QuarkusTest
class ConcurrentWritesTest {

    static final String T = "kota-balapan";
    static final int THREADS = 8;
    static final int ROUNDS = 3;
    static final String SUB = "2.07.03.2.01.0001";
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final String ADMIN = DevTokens.mint(Claims.person("admin-balapan", "admin", T));
    static final String REPORTER = DevTokens.mint(Claims.machine("sipd-balapan", T, "DINAS"));
    static final AtomicInteger RACES = new AtomicInteger();
    static final AtomicInteger REQUESTS = new AtomicInteger();
    static final AtomicInteger SERVER_ERRORS = new AtomicInteger();
    static int divergent;

    @TestHTTPResource("/")
    URL root;
    @Inject
    EntityManager em;

    record Reply(int status, String body, HttpResponse<String> raw) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                throw new IllegalStateException(body, e);
            }
        }
    }

    @BeforeAll
    static void plan() {
        PlanSeeder seeder = new PlanSeeder(T).agency("DINAS").renstra("DINAS", 2021, 2026);
        for (int i = 1; i <= 4; i++) {
            seeder.indicator("DINAS", "IKU-" + i, ValueType.NUMBER, List.of());
        }
        seeder.subKegiatan("DINAS", 2024, SUB, 900_000_000_000L, 900_000_000_000L).flush();
    }

    @AfterEach
    void everyRecordIsOneUnbrokenChain() {
        List<String> broken = RecordChains.divergent(em, T);
        divergent = broken.size();
        assertThat(broken).as("records whose trail, row and events disagree").isEmpty();
        assertThat(SERVER_ERRORS.get()).as("5xx answers").isZero();
    }

    @AfterAll
    static void report() {
        System.out.printf("RACES realisation-service: %d races, %d requests, %d 5xx, %d divergent records%n",
                RACES.get(), REQUESTS.get(), SERVER_ERRORS.get(), divergent);
    }

    Reply send(String token, String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root.toString().replaceAll("/$", "")
                        + "/api/v1/tenants/" + T + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            REQUESTS.incrementAndGet();
            if (response.statusCode() >= 500) {
                SERVER_ERRORS.incrementAndGet();
            }
            return new Reply(response.statusCode(), response.body(), response);
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path, e);
        }
    }

    /** {@code n} requests released together; their answers in thread order. */
    static List<Reply> race(int n, IntFunction<Reply> request) throws Exception {
        RACES.incrementAndGet();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Reply>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int thread = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.apply(thread);
                }));
            }
            start.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> answer : answers) {
                replies.add(answer.get());
            }
            return replies;
        } finally {
            pool.shutdown();
        }
    }

    static String indicator(String code, int year, int quarter, Object value) {
        return "{\"agencyCode\":\"DINAS\",\"indicatorCode\":\"" + code + "\",\"year\":" + year + ",\"quarter\":" + quarter
                + ",\"value\":" + value + "}";
    }

    static String budget(int quarter, Object amount) {
        return "{\"agencyCode\":\"DINAS\",\"subKegiatanCode\":\"" + SUB + "\",\"year\":2024,\"quarter\":" + quarter
                + ",\"amount\":" + amount + "}";
    }

    static long count(List<Reply> replies, int status) {
        return replies.stream().filter(r -> r.status() == status).count();
    }

    void awaitReplica() {
        ReplicaProbe.awaitIndicators(T, 4);
        await().atMost(Duration.ofSeconds(60)).until(() -> send(ADMIN, "POST",
                "/indicator-realisations/bulk?dryRun=true", "[" + indicator("IKU-4", 2024, 4, 1) + "]").status() == 200
                && send(ADMIN, "POST", "/budget-realisations/bulk?dryRun=true", "[" + budget(4, 1) + "]").status() == 200);
    }

    long version(String path, String query) {
        JsonNode items = send(ADMIN, "GET", path + query, null).json().get("items");
        return items.isEmpty() ? 0 : items.get(0).get("version").asLong();
    }

    @Test
    void parallelPutsWithTheSameIfMatchHaveOneWinnerTheRestAre412() throws Exception {
        awaitReplica();
        assertThat(send(REPORTER, "PUT", "/indicator-realisations", indicator("IKU-1", 2024, 1, 1)).status()).isEqualTo(200);
        assertThat(send(REPORTER, "PUT", "/budget-realisations", budget(1, 1000)).status()).isEqualTo(200);
        for (int round = 0; round < ROUNDS; round++) {
            long v = round + 1;
            int base = (round + 1) * 100;
            List<Reply> indicators = race(THREADS, t -> send(REPORTER, "PUT", "/indicator-realisations",
                    indicator("IKU-1", 2024, 1, base + t), "If-Match", "\"" + v + "\""));
            assertThat(count(indicators, 200)).as(indicators.toString()).isEqualTo(1);
            assertThat(count(indicators, 412)).isEqualTo(THREADS - 1);
            List<Reply> budgets = race(THREADS, t -> send(REPORTER, "PUT", "/budget-realisations",
                    budget(1, base * 1000 + t), "If-Match", "\"" + v + "\""));
            assertThat(count(budgets, 200)).as(budgets.toString()).isEqualTo(1);
            assertThat(count(budgets, 412)).isEqualTo(THREADS - 1);
            Reply winner = budgets.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
            assertThat(winner.json().get("version").asLong()).isEqualTo(v + 1);
            assertThat(winner.raw().headers().firstValue("ETag").orElse("")).contains(String.valueOf(v + 1));
        }
    }

    @Test
    void concurrentCreatesOfOneNewKeyCreateOnceAndNeverFail() throws Exception {
        awaitReplica();
        for (int round = 0; round < ROUNDS; round++) {
            int quarter = round + 2;
            // half the threads send one value, half their own: one create; equal re-sends unchanged; others 428
            List<Reply> replies = race(THREADS, t -> send(REPORTER, "PUT", "/indicator-realisations",
                    indicator("IKU-3", 2024, quarter, t % 2 == 0 ? 7 : 10 + t)));
            long created = replies.stream().filter(r -> r.status() == 200
                    && r.json().at("/importCount/created").asInt() == 1).count();
            assertThat(created).as(replies.toString()).isEqualTo(1);
            assertThat(replies).allMatch(r -> r.status() == 200 || r.status() == 428, "200 or 428");
        }
    }

    @Test
    void identicalAndOverlappingBulksInParallel() throws Exception {
        awaitReplica();
        for (int round = 0; round < ROUNDS; round++) {
            int year = 2021 + round;
            StringBuilder rows = new StringBuilder("[");
            for (int i = 1; i <= 4; i++) {
                for (int q = 1; q <= 4; q++) {
                    rows.append(rows.length() > 1 ? "," : "").append(indicator("IKU-" + i, year, q, i * 10 + q));
                }
            }
            String identical = rows.append("]").toString();
            int existing = send(ADMIN, "GET", "/indicator-realisations?agency=DINAS&year=" + year + "&pageSize=100", null)
                    .json().get("items").size();
            List<Reply> same = race(THREADS, t -> send(REPORTER, "POST", "/indicator-realisations/bulk", identical));
            assertThat(count(same, 200)).as(same.toString()).isEqualTo(THREADS);
            // each new key created by exactly one of the bulks (other tests may have written some keys before)
            assertThat(same.stream().mapToInt(r -> r.json().at("/importCount/created").asInt()).sum())
                    .isEqualTo(16 - existing);
            // every thread its own values for the same keys (and budget lines): each applies to the latest state
            List<Reply> overlapping = race(THREADS, t -> t % 2 == 0
                    ? send(REPORTER, "POST", "/indicator-realisations/bulk", identical.replace("\"value\":1", "\"value\":" + (t + 2)))
                    : send(REPORTER, "POST", "/budget-realisations/bulk", "[" + budget(2, 5000 + t) + "," + budget(3, 6000 + t) + "]"));
            assertThat(count(overlapping, 200)).as(overlapping.toString()).isEqualTo(THREADS);
        }
    }

    @Test
    void oneIdempotencyKeySentAtOnceRunsOnceAndReplays() throws Exception {
        awaitReplica();
        for (int round = 0; round < ROUNDS; round++) {
            String key = "push-" + round;
            String body = "[" + indicator("IKU-4", 2025, round + 1, 40 + round) + "]";
            List<Reply> replies = race(THREADS, t -> send(REPORTER, "POST", "/indicator-realisations/bulk", body,
                    "Idempotency-Key", key));
            assertThat(count(replies, 200)).as(replies.toString()).isEqualTo(THREADS);
            assertThat(replies.stream().filter(r -> r.raw().headers().firstValue("Idempotent-Replayed")
                    .orElse("").equals("false")).count()).isEqualTo(1);
            assertThat(replies).allMatch(r -> r.json().at("/importCount/created").asInt() == 1, "the first result");
        }
        // the key belongs to its caller: another client's equal key is its own; another endpoint is a conflict
        String body = "[" + indicator("IKU-4", 2025, 1, 40) + "]";
        Reply admin = send(ADMIN, "POST", "/indicator-realisations/bulk", body, "Idempotency-Key", "push-0");
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.raw().headers().firstValue("Idempotent-Replayed")).hasValue("false");
        assertThat(admin.json().at("/importCount/unchanged").asInt()).isEqualTo(1);
        Reply elsewhere = send(REPORTER, "POST", "/budget-realisations/bulk", body, "Idempotency-Key", "push-0");
        assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(409);
        assertThat(elsewhere.body()).contains("budget-realisations/bulk").doesNotContain("importCount");
    }

    @Test
    void workflowRacingCorrectionsLosesNone() throws Exception {
        awaitReplica();
        String bulk = "[" + indicator("IKU-1", 2025, 2, 1) + "," + indicator("IKU-2", 2025, 2, 2) + "]";
        assertThat(send(REPORTER, "POST", "/indicator-realisations/bulk", bulk).status()).isEqualTo(200);
        assertThat(send(REPORTER, "POST", "/budget-realisations/bulk", "[" + budget(4, 100) + "]").status()).isEqualTo(200);
        String[] actions = {"SUBMIT", "RETURN", "SUBMIT", "VERIFY"};
        AtomicInteger corrected = new AtomicInteger();
        for (int round = 0; round < ROUNDS; round++) {
            int r = round;
            List<Reply> replies = race(THREADS, t -> {
                if (t % 2 == 0) { // a corrector: read the version, correct with it, retry on 412
                    for (int attempt = 0; attempt < 20; attempt++) {
                        long v = version("/indicator-realisations", "?agency=DINAS&indicatorCode=IKU-1&year=2025&quarter=2");
                        Reply reply = send(REPORTER, "PUT", "/indicator-realisations",
                                indicator("IKU-1", 2025, 2, 1000 * (r + 1) + t * 10 + attempt), "If-Match", "\"" + v + "\"");
                        if (reply.status() != 412) {
                            corrected.incrementAndGet();
                            return reply;
                        }
                    }
                    return new Reply(412, "gave up", null);
                }
                String action = actions[(t / 2) % actions.length];
                return send(ADMIN, "POST", "/indicator-realisations/workflow", "{\"agencyCode\":\"DINAS\",\"year\":2025,"
                        + "\"quarter\":2,\"action\":\"" + action + "\",\"comment\":\"periksa lagi\"}");
            });
            assertThat(replies).allMatch(x -> x.status() == 200, replies.toString());
        }
        // the last correction is what is stored: no SUBMIT wrote back an older value
        JsonNode trail = send(ADMIN, "GET", "/indicator-realisations?agency=DINAS&indicatorCode=IKU-1&year=2025&quarter=2",
                null).json().at("/items/0");
        assertThat(trail.at("/realisation/value").asLong()).isGreaterThanOrEqualTo(1000L * ROUNDS);
        assertThat(corrected.get()).isEqualTo(ROUNDS * THREADS / 2);
    }

    @Test
    void periodLocksRacingWritesNeverLetAWriteIntoALockedPeriod() throws Exception {
        awaitReplica();
        for (int round = 0; round < ROUNDS; round++) {
            int r = round;
            List<Reply> replies = race(THREADS, t -> switch (t % 4) {
                case 0 -> send(ADMIN, "POST", "/periods/2026/3/lock", "{\"reason\":\"LKjIP ditandatangani\"}");
                case 1 -> r % 2 == 0 ? send(ADMIN, "POST", "/periods/2026/3/unlock", "{\"reason\":\"Koreksi\"}")
                        : send(ADMIN, "POST", "/periods/2026/3/reopen",
                        "{\"agencyCode\":\"DINAS\",\"reason\":\"Koreksi BPS\",\"hours\":1}");
                default -> send(REPORTER, "POST", "/indicator-realisations/bulk",
                        "[" + indicator("IKU-" + (t % 4 + 1), 2026, 3, 100 * r + t) + "]");
            });
            assertThat(replies).allMatch(x -> x.status() == 200 || x.status() == 409, replies.toString());
        }
        // every write that was accepted happened while the period was open for the agency: its version's audit
        // entry is older than no lock of 2026Q3 that was in force without a reopen grant (checked by the lock
        // events: each has its own version, one per change)
        long lockEvents = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT count(DISTINCT CAST(payload ->> 'aggregateVersion' AS bigint)) FROM outbox_event"
                        + " WHERE tenant = :t AND type = 'period-lock.changed'").setParameter("t", T)
                .getSingleResult()).longValue());
        long lockVersion = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT version FROM period_lock WHERE tenant = :t AND year = 2026 AND quarter = 3")
                .setParameter("t", T).getSingleResult()).longValue());
        assertThat(lockEvents).isEqualTo(lockVersion);
    }

    @Test
    void reSendingMoreDecimalsThanStoredChangesNothing() {
        awaitReplica();
        Reply first = send(REPORTER, "PUT", "/indicator-realisations", indicator("IKU-2", 2024, 2, "1.000000000001"));
        if (first.status() == 400) { // the edge refuses more decimals than the column keeps: nothing written
            assertThat(version("/indicator-realisations", "?agency=DINAS&indicatorCode=IKU-2&year=2024&quarter=2"))
                    .isZero();
            return;
        }
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            Reply again = send(REPORTER, "PUT", "/indicator-realisations", indicator("IKU-2", 2024, 2, "1.000000000001"));
            assertThat(again.status()).as(again.body()).isEqualTo(200);
            assertThat(again.json().at("/importCount/unchanged").asInt()).isEqualTo(1);
            assertThat(again.json().at("/stored/version").asInt()).isEqualTo(1);
        }
    }

    @Test
    void auditOfAnotherAgencyOrAnUnknownIdIsNotFound() {
        awaitReplica();
        Reply created = send(REPORTER, "PUT", "/indicator-realisations", indicator("IKU-2", 2024, 3, 5));
        String id = created.json().at("/stored/id").asText();
        assertThat(send(REPORTER, "GET", "/audit/" + id, null).status()).isEqualTo(200);
        String otherAgency = DevTokens.mint(Claims.person("operator-lain", "reporter", T, "DINAS-LAIN"));
        Reply foreign = send(otherAgency, "GET", "/audit/" + id, null);
        assertThat(foreign.status()).as(foreign.body()).isEqualTo(404);
        assertThat(foreign.raw().headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(send(ADMIN, "GET", "/audit/" + java.util.UUID.randomUUID(), null).status()).isEqualTo(404);
    }
}
