package id.kinerja.localrun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.testsupport.DevTokens;
import id.kinerja.testsupport.EmbeddedPostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Races against the whole system (issue 15): every write family of realisation-service (single PUT with one
 * If-Match, overlapping bulks, workflow against corrections, period locks against writes, one Idempotency-Key
 * sent at once) with THREADS requests released together, ROUNDS times, on kota-dumai DISNAKER 2026 (a year the
 * demo data and the other ITs leave alone). Then, record by record, realisation-service's rows and
 * reporting-service's read model (fed only through the outbox and Kafka) must agree: version, value or
 * amount, status. Prints the races run, the 5xx seen and the divergent records.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RaceIT {

    static final int THREADS = 8;
    static final int ROUNDS = 3;
    static final int YEAR = 2026;
    static final String SUB = "2.07.99.2.01.0001";
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final String ADMIN = DevTokens.mint(DevTokens.Claims.person("admin-race", "admin", "kota-dumai"));
    static final String REPORTER = DevTokens.mint(DevTokens.Claims.machine("sipd-race", "kota-dumai", "DISNAKER"));
    static final AtomicInteger RACES = new AtomicInteger();
    static final AtomicInteger REQUESTS = new AtomicInteger();
    static final AtomicInteger SERVER_ERRORS = new AtomicInteger();
    static int divergent = -1;
    static int compared;
    static long budgetVersion;
    static SharedSystem system;
    static String base;

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
    static void start() throws Exception {
        system = SharedSystem.get();
        base = system.realisation + "/api/v1/tenants/kota-dumai";
        // a 2026 budget line of its own, so the races touch no demo figure
        String plan = """
                {"year":2026,"renstraCode":"2021-2026","budget":[
                 {"level":"PROGRAM","code":"2.07.99","name":"Program uji balapan"},
                 {"level":"KEGIATAN","code":"2.07.99.2.01","name":"Kegiatan uji balapan"},
                 {"level":"SUB_KEGIATAN","code":"%s","name":"Sub kegiatan uji balapan",
                  "pagu":[{"version":"DPA","amount":900000000000}]}]}""".formatted(SUB);
        Reply imported = send(ADMIN, "POST", system.planning + "/api/v1/tenants/kota-dumai/agencies/DISNAKER/plan-import",
                plan);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(120)).until(() ->
                send(REPORTER, "POST", base + "/budget-realisations/bulk?dryRun=true", "[" + budget(4, 1) + "]").status() == 200
                        && send(REPORTER, "POST", base + "/indicator-realisations/bulk?dryRun=true",
                        "[" + indicator("DM-IKU-2", 4, 1) + "]").status() == 200);
    }

    @AfterAll
    static void report() {
        System.out.printf("RACES whole system: %d races, %d requests, %d 5xx, %d records compared, %d divergent%n",
                RACES.get(), REQUESTS.get(), SERVER_ERRORS.get(), compared, divergent);
    }

    static Reply send(String token, String method, String url, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
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
            throw new IllegalStateException(method + " " + url, e);
        }
    }

    static List<Reply> race(IntFunction<Reply> request) throws Exception {
        RACES.incrementAndGet();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Reply>> answers = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
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

    static String indicator(String code, int quarter, Object value) {
        return "{\"agencyCode\":\"DISNAKER\",\"indicatorCode\":\"" + code + "\",\"year\":" + YEAR + ",\"quarter\":"
                + quarter + ",\"value\":" + value + "}";
    }

    static String budget(int quarter, Object amount) {
        return "{\"agencyCode\":\"DISNAKER\",\"subKegiatanCode\":\"" + SUB + "\",\"year\":" + YEAR + ",\"quarter\":"
                + quarter + ",\"amount\":" + amount + "}";
    }

    static long count(List<Reply> replies, int status) {
        return replies.stream().filter(r -> r.status() == status).count();
    }

    static long version(String code, int quarter) {
        JsonNode items = send(ADMIN, "GET", base + "/indicator-realisations?agency=DISNAKER&indicatorCode=" + code
                + "&year=" + YEAR + "&quarter=" + quarter, null).json().get("items");
        return items.isEmpty() ? 0 : items.get(0).get("version").asLong();
    }

    @Test
    @Order(1)
    void singlePutsWithOneIfMatch() throws Exception {
        Reply created = send(REPORTER, "PUT", base + "/budget-realisations", budget(1, 1000));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        budgetVersion = created.json().get("version").asLong();
        for (int round = 0; round < ROUNDS; round++) {
            long v = version("DM-IKU-2", 1);
            int r = round;
            List<Reply> replies = race(t -> send(REPORTER, "PUT", base + "/indicator-realisations",
                    indicator("DM-IKU-2", 1, 100 * (r + 1) + t), v == 0 ? new String[0] : new String[]{"If-Match", "\"" + v + "\""}));
            assertThat(count(replies, 200)).as(replies.toString()).isEqualTo(1);
            assertThat(replies).allMatch(x -> x.status() == 200 || x.status() == 412 || x.status() == 428);
            long bv = budgetVersion;
            List<Reply> budgets = race(t -> send(REPORTER, "PUT", base + "/budget-realisations",
                    budget(1, 50_000 * (r + 1) + t), "If-Match", "\"" + bv + "\""));
            assertThat(count(budgets, 200)).as(budgets.toString()).isEqualTo(1);
            assertThat(count(budgets, 412)).isEqualTo(THREADS - 1);
            budgetVersion = budgets.stream().filter(x -> x.status() == 200).findFirst().orElseThrow()
                    .json().get("version").asLong();
        }
    }

    @Test
    @Order(2)
    void overlappingBulks() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            int r = round;
            List<Reply> replies = race(t -> t % 2 == 0
                    ? send(REPORTER, "POST", base + "/indicator-realisations/bulk", "[" + indicator("DM-IKU-2", 2, r * 10 + t)
                    + "," + indicator("DM-IKU-2", 3, r * 10 + t) + "," + indicator("DM-IKU-2", 4, r * 10 + t) + "]")
                    : send(REPORTER, "POST", base + "/budget-realisations/bulk", "[" + budget(2, 7000 + r * 10 + t)
                    + "," + budget(3, 8000 + r * 10 + t) + "]"));
            assertThat(count(replies, 200)).as(replies.toString()).isEqualTo(THREADS);
        }
    }

    @Test
    @Order(3)
    void workflowAgainstCorrections() throws Exception {
        String[] actions = {"SUBMIT", "RETURN", "SUBMIT", "VERIFY"};
        for (int round = 0; round < ROUNDS; round++) {
            int r = round;
            List<Reply> replies = race(t -> {
                if (t % 2 == 0) {
                    for (int attempt = 0; attempt < 30; attempt++) {
                        long v = version("DM-IKU-2", 2);
                        Reply reply = send(REPORTER, "PUT", base + "/indicator-realisations",
                                indicator("DM-IKU-2", 2, 1000 * (r + 1) + t * 10 + attempt), "If-Match", "\"" + v + "\"");
                        if (reply.status() != 412) {
                            return reply;
                        }
                    }
                    return new Reply(412, "gave up after 30 stale reads", null);
                }
                return send(ADMIN, "POST", base + "/indicator-realisations/workflow", "{\"agencyCode\":\"DISNAKER\",\"year\":"
                        + YEAR + ",\"quarter\":2,\"action\":\"" + actions[(t / 2) % 4] + "\",\"comment\":\"periksa\"}");
            });
            assertThat(replies).allMatch(x -> x.status() == 200, replies.toString());
        }
    }

    @Test
    @Order(4)
    void periodLocksAgainstWrites() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            int r = round;
            List<Reply> replies = race(t -> switch (t % 4) {
                case 0 -> send(ADMIN, "POST", base + "/periods/" + YEAR + "/4/lock", "{\"reason\":\"LKjIP ditandatangani\"}");
                case 1 -> r % 2 == 0
                        ? send(ADMIN, "POST", base + "/periods/" + YEAR + "/4/unlock", "{\"reason\":\"koreksi\"}")
                        : send(ADMIN, "POST", base + "/periods/" + YEAR + "/4/reopen",
                        "{\"agencyCode\":\"DISNAKER\",\"reason\":\"Koreksi BPS\",\"hours\":1}");
                case 2 -> send(REPORTER, "POST", base + "/budget-realisations/bulk", "[" + budget(4, 9000 + r * 10 + t) + "]");
                default -> send(REPORTER, "POST", base + "/indicator-realisations/bulk",
                        "[" + indicator("DM-IKU-2", 4, 500 + r * 10 + t) + "]");
            });
            assertThat(replies).allMatch(x -> x.status() == 200 || x.status() == 409, replies.toString());
        }
        assertThat(send(ADMIN, "POST", base + "/periods/" + YEAR + "/4/unlock", "{\"reason\":\"selesai\"}").status())
                .isEqualTo(200);
    }

    @Test
    @Order(5)
    void oneIdempotencyKeyAtOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String key = "race-it-" + round + "-" + System.nanoTime();
            String body = "[" + indicator("DM-IKU-2", 3, 70 + round) + "]";
            List<Reply> replies = race(t -> send(REPORTER, "POST", base + "/indicator-realisations/bulk", body,
                    "Idempotency-Key", key));
            assertThat(count(replies, 200)).as(replies.toString()).isEqualTo(THREADS);
            assertThat(replies.stream().filter(x -> "false".equals(x.raw().headers().firstValue("Idempotent-Replayed")
                    .orElse(null))).count()).isEqualTo(1);
            assertThat(replies.stream().map(Reply::body).distinct()).hasSize(1);
        }
    }

    @Test
    @Order(6)
    void realisationAndReportingAgreeRecordByRecord() {
        assertThat(SERVER_ERRORS.get()).as("5xx answers").isZero();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            Map<String, String> source = realisationState();
            Map<String, String> view = reportingState();
            List<String> differences = new ArrayList<>();
            for (Map.Entry<String, String> e : source.entrySet()) {
                if (!Objects.equals(e.getValue(), view.get(e.getKey()))) {
                    differences.add(e.getKey() + ": realisation " + e.getValue() + ", reporting " + view.get(e.getKey()));
                }
            }
            compared = source.size();
            divergent = differences.size();
            assertThat(source).as("records raced").hasSizeGreaterThanOrEqualTo(8);
            assertThat(differences).isEmpty();
        });
    }

    /** {@code type/key} → {@code version|figure|status} of every raced record, as realisation-service stores it. */
    static Map<String, String> realisationState() throws Exception {
        Map<String, String> state = new TreeMap<>();
        try (Connection c = connect("realisation")) {
            query(c, """
                    SELECT 'realisation/' || agency_code || '/' || indicator_code || '/' || year || '/'
                           || COALESCE(CAST(quarter AS text), 'Y'), version, value, status
                    FROM indicator_realisation WHERE tenant = 'kota-dumai' AND agency_code = 'DISNAKER' AND year = 2026
                    """, state);
            query(c, """
                    SELECT 'budget-realisation/' || agency_code || '/' || sub_kegiatan_code || '/' || year || '/' || quarter,
                           version, amount, status
                    FROM budget_realisation WHERE tenant = 'kota-dumai' AND agency_code = 'DISNAKER' AND year = 2026
                    """, state);
        }
        return state;
    }

    /** The same from reporting-service's read model, built only from the events. */
    static Map<String, String> reportingState() throws Exception {
        Map<String, String> state = new TreeMap<>();
        try (Connection c = connect("reporting")) {
            query(c, """
                    SELECT aggregate_type || '/' || aggregate_id, version,
                           CAST(COALESCE(payload ->> 'value', payload ->> 'amount') AS numeric), payload ->> 'status'
                    FROM state_view WHERE tenant = 'kota-dumai' AND agency_code = 'DISNAKER' AND year = 2026
                      AND aggregate_type IN ('realisation', 'budget-realisation')
                    """, state);
        }
        return state;
    }

    static Connection connect(String database) throws Exception {
        return DriverManager.getConnection(system.dbUrlPrefix + database, EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD);
    }

    static void query(Connection c, String sql, Map<String, String> into) throws Exception {
        try (PreparedStatement statement = c.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                BigDecimal figure = rs.getBigDecimal(3);
                into.put(rs.getString(1), rs.getLong(2) + "|" + (figure == null ? null
                        : figure.stripTrailingZeros().toPlainString()) + "|" + rs.getString(4));
            }
        }
    }
}
