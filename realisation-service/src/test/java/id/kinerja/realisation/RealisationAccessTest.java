package id.kinerja.realisation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.events.plan.ValueType;
import id.kinerja.testsupport.AccessClient;
import id.kinerja.testsupport.DevTokens;
import id.kinerja.testsupport.DevTokens.Claims;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Agency systems and people pushing and approving realisations: a reporter writes for its own agency only
 * (single, bulk JSON, every row checked), verifiers verify and approve what they oversee, only admins lock
 * periods; refusals write nothing; the audit trail names the authenticated actor.
 */
@QuarkusTest
class RealisationAccessTest {

    static final String T = "kota-akses-r";
    static final ObjectMapper JSON = new ObjectMapper();
    static final Map<String, String> TOKENS = Map.ofEntries(
            Map.entry("admin", DevTokens.mint(Claims.person("admin-r", "admin", T))),
            Map.entry("reporterA", DevTokens.mint(Claims.machine("sipd-dinas-a", T, "DINAS-A"))),
            Map.entry("reporterB", DevTokens.mint(Claims.person("operator-b", "reporter", T, "DINAS-B"))),
            Map.entry("verifier", DevTokens.mint(Claims.person("inspektorat", "verifier", T))),
            Map.entry("verifierB", DevTokens.mint(Claims.person("irban-b", "verifier", T, "DINAS-B"))),
            Map.entry("planner", DevTokens.mint(Claims.person("bappeda", "planner", T))),
            Map.entry("viewer", DevTokens.mint(Claims.person("pembaca", "viewer", T))),
            Map.entry("otherReporter", DevTokens.mint(Claims.machine("sipd-lain", "kota-lain-r", "DINAS-A"))),
            Map.entry("expired", DevTokens.mint(Claims.machine("sipd-dinas-a", T, "DINAS-A")
                    .expiringIn(Duration.ofSeconds(-120)))),
            Map.entry("forged", DevTokens.forged(Claims.machine("sipd-dinas-a", T, "DINAS-A"))));

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void plan() {
        new PlanSeeder(T).agency("DINAS-A").agency("DINAS-B").renstra("DINAS-A", 2021, 2026)
                .renstra("DINAS-B", 2021, 2026)
                .indicator("DINAS-A", "IKU-1", ValueType.PERCENTAGE, List.of())
                .indicator("DINAS-B", "IKU-1", ValueType.PERCENTAGE, List.of())
                .flush();
    }

    AccessClient.Reply call(String who, String method, String path, String body) {
        return AccessClient.call(method, root.toString().replaceAll("/$", "") + "/api/v1/tenants/" + T + path,
                who.equals("none") ? null : TOKENS.get(who), body);
    }

    static String row(String agency, int year, int quarter, double value) {
        return "{\"agencyCode\":\"" + agency + "\",\"indicatorCode\":\"IKU-1\",\"year\":" + year + ",\"quarter\":"
                + quarter + ",\"value\":" + value + "}";
    }

    void awaitReplica() {
        ReplicaProbe.awaitIndicators(T, 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> call("admin", "POST",
                "/indicator-realisations/bulk?dryRun=true", "[" + row("DINAS-B", 2021, 1, 1) + "]").status() == 200);
    }

    @ParameterizedTest(name = "{0} pushes a row of {1} -> {2}")
    @CsvSource({"reporterA, DINAS-A, 200", "reporterA, DINAS-B, 403", "reporterB, DINAS-B, 200", "admin, DINAS-B, 200",
            "verifier, DINAS-A, 403", "planner, DINAS-A, 403", "viewer, DINAS-A, 403", "otherReporter, DINAS-A, 403",
            "none, DINAS-A, 401", "expired, DINAS-A, 401", "forged, DINAS-A, 401"})
    void singleWrites(String who, String agency, int expected) {
        awaitReplica();
        AccessClient.Reply reply = call(who, "PUT", "/indicator-realisations", row(agency, 2022, 1, 10 + expected % 7));
        assertThat(reply.status()).as(reply.body()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void aBulkPushWithOneRowOfAnotherAgencyIsRefusedWhole() throws Exception {
        awaitReplica();
        String body = "[" + row("DINAS-A", 2023, 1, 11) + "," + row("DINAS-A", 2023, 2, 12) + ","
                + row("DINAS-B", 2023, 1, 13) + "]";
        AccessClient.Reply refused = call("reporterA", "POST", "/indicator-realisations/bulk", body);
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.findValuesAsText("field")).containsExactly("rows[3].agencyCode");
        // nothing of the request was written, not even its own agency's rows
        JsonNode page = JSON.readTree(call("admin", "GET", "/indicator-realisations?agency=DINAS-A&year=2023", null).body());
        assertThat(page.get("items")).isEmpty();

        AccessClient.Reply own = call("reporterA", "POST", "/indicator-realisations/bulk",
                "[" + row("DINAS-A", 2023, 1, 11) + "," + row("DINAS-A", 2023, 2, 12) + "]");
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        JsonNode stored = JSON.readTree(call("reporterA", "GET", "/indicator-realisations?agency=DINAS-A&year=2023",
                null).body()).get("items");
        assertThat(stored).hasSize(2);
        // the audit trail names the machine client that pushed, from its token
        JsonNode trail = JSON.readTree(call("viewer", "GET", "/audit/" + stored.get(0).get("id").asText(), null).body());
        assertThat(trail.get(0).get("actor").asText()).isEqualTo("sipd-dinas-a");
    }

    @Test
    void aJobIsSeenWithinItsTenantAndByTheAgencySystemThatSentItOnly() throws Exception {
        awaitReplica();
        io.restassured.response.Response accepted = io.restassured.RestAssured.given()
                .header("Authorization", "Bearer " + TOKENS.get("reporterA")).header("Prefer", "respond-async")
                .contentType("application/json").body("[" + row("DINAS-A", 2024, 3, 5) + "]")
                .post("/api/v1/tenants/" + T + "/indicator-realisations/bulk");
        assertThat(accepted.statusCode()).as(accepted.asString()).isEqualTo(202);
        String job = java.net.URI.create(accepted.header("Location")).getPath().replace("/api/v1/tenants/" + T, "");
        await().atMost(Duration.ofSeconds(30)).until(() -> JSON.readTree(call("reporterA", "GET", job, null).body())
                .path("state").asText().equals("done"));
        for (String[] expected : new String[][]{{"admin", "200"}, {"viewer", "200"}, {"reporterB", "404"},
                {"otherReporter", "403"}, {"none", "401"}}) {
            AccessClient.Reply reply = call(expected[0], "GET", job, null);
            assertThat(reply.status()).as(expected[0] + ": " + reply.body()).isEqualTo(Integer.parseInt(expected[1]));
        }
        // a job runs as its sender: a row of another agency refuses the whole push, as synchronously
        io.restassured.response.Response foreign = io.restassured.RestAssured.given()
                .header("Authorization", "Bearer " + TOKENS.get("reporterA")).header("Prefer", "respond-async")
                .contentType("application/json").body("[" + row("DINAS-B", 2024, 3, 5) + "]")
                .post("/api/v1/tenants/" + T + "/indicator-realisations/bulk");
        String refused = java.net.URI.create(foreign.header("Location")).getPath().replace("/api/v1/tenants/" + T, "");
        await().atMost(Duration.ofSeconds(30)).until(() -> JSON.readTree(call("reporterA", "GET", refused, null).body())
                .path("state").asText().equals("failed"));
        assertThat(JSON.readTree(call("reporterA", "GET", refused, null).body()).get("httpStatus").asInt()).isEqualTo(403);
    }

    @ParameterizedTest(name = "{0} lists {1} -> {2}")
    @CsvSource({"reporterA, ?agency=DINAS-A, 200", "reporterA, ?agency=DINAS-B, 403", "reporterA, '', 403",
            "viewer, '', 200", "otherReporter, ?agency=DINAS-A, 403", "none, '', 401"})
    void reads(String who, String query, int expected) {
        AccessClient.Reply reply = call(who, "GET", "/indicator-realisations" + query, null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} reads the replicated plan version -> {1}")
    @CsvSource({"reporterA, 200", "viewer, 200", "otherReporter, 403", "none, 401", "expired, 401"})
    void replicatedPlanVersion(String who, int expected) {
        AccessClient.Reply reply = call(who, "GET", "/plan-replica/plan-version", null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} downloads the template of {1} -> {2}")
    @CsvSource({"reporterA, DINAS-A, 200", "reporterA, DINAS-B, 403", "viewer, DINAS-B, 200",
            "otherReporter, DINAS-A, 403", "none, DINAS-A, 401"})
    void templates(String who, String agency, int expected) {
        awaitReplica();
        AccessClient.Reply reply = call(who, "GET", "/agencies/" + agency + "/templates/2024/indicator-realisations.xlsx",
                null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(expected);
    }

    @Test
    void reportersSubmitAndVerifiersApproveWhatTheyOversee() {
        awaitReplica();
        assertThat(call("reporterA", "PUT", "/indicator-realisations", row("DINAS-A", 2024, 1, 50)).status()).isEqualTo(200);
        String period = "{\"agencyCode\":\"DINAS-A\",\"year\":2024,\"quarter\":1,\"action\":\"%s\"}";
        assertThat(call("reporterA", "POST", "/indicator-realisations/workflow", period.formatted("VERIFY")).status())
                .isEqualTo(403);
        assertThat(call("reporterB", "POST", "/indicator-realisations/workflow", period.formatted("SUBMIT")).status())
                .isEqualTo(403);
        assertThat(call("reporterA", "POST", "/indicator-realisations/workflow", period.formatted("SUBMIT")).status())
                .isEqualTo(200);
        assertThat(call("verifierB", "POST", "/indicator-realisations/workflow", period.formatted("VERIFY")).status())
                .isEqualTo(403);
        assertThat(call("viewer", "POST", "/indicator-realisations/workflow", period.formatted("VERIFY")).status())
                .isEqualTo(403);
        assertThat(call("verifier", "POST", "/indicator-realisations/workflow", period.formatted("VERIFY")).status())
                .isEqualTo(200);
        assertThat(call("verifier", "POST", "/indicator-realisations/workflow", period.formatted("APPROVE")).status())
                .isEqualTo(200);
    }

    @ParameterizedTest(name = "{0} locks a period -> {1}")
    @CsvSource({"reporterA, 403", "verifier, 403", "planner, 403", "viewer, 403", "none, 401", "admin, 200"})
    void onlyAdminsLockPeriods(String who, int expected) {
        AccessClient.Reply reply = call(who, "POST", "/periods/2030/1/lock", "{\"reason\":\"tutup buku\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(expected);
    }
}
