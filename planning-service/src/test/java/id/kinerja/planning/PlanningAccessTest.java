package id.kinerja.planning;

import id.kinerja.testsupport.AccessClient;
import id.kinerja.testsupport.DevTokens;
import id.kinerja.testsupport.DevTokens.Claims;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may read and write planning data: each role against each endpoint family, other tenants and
 * agencies, and tokens that are missing, expired or forged. A refused write leaves nothing behind.
 */
@QuarkusTest
class PlanningAccessTest {

    static final String T = "kota-akses";
    static final Map<String, String> TOKENS = Map.ofEntries(
            Map.entry("platform", DevTokens.mint(Claims.platformAdmin("operator"))),
            Map.entry("admin", DevTokens.mint(Claims.person("admin-akses", "admin", T))),
            Map.entry("planner", DevTokens.mint(Claims.person("bappeda", "planner", T))),
            Map.entry("plannerA", DevTokens.mint(Claims.person("perencana-a", "planner", T, "DINAS-A"))),
            Map.entry("reporter", DevTokens.mint(Claims.machine("sipd-dinas-a", T, "DINAS-A"))),
            Map.entry("verifier", DevTokens.mint(Claims.person("inspektorat", "verifier", T))),
            Map.entry("viewer", DevTokens.mint(Claims.person("pembaca", "viewer", T))),
            Map.entry("otherPlanner", DevTokens.mint(Claims.person("bappeda-lain", "planner", "kota-lain"))),
            Map.entry("province", DevTokens.mint(Claims.province("provinsi", "Sumatera Utara"))),
            Map.entry("expired", DevTokens.mint(Claims.person("bappeda", "planner", T).expiringIn(Duration.ofSeconds(-120)))),
            Map.entry("forged", DevTokens.forged(Claims.platformAdmin("intruder"))));

    @TestHTTPResource("/")
    URL root;

    static boolean organised;

    /** Once, from the first test (REST Assured knows the test port only inside a test). */
    static synchronized void organisation() {
        if (!organised) {
            PlanFixtures.agency(T, "DINAS-A");
            PlanFixtures.agency(T, "DINAS-B");
            PlanFixtures.agency("kota-lain", "DINAS-X");
            organised = true;
        }
    }

    AccessClient.Reply call(String who, String method, String path, String body) {
        organisation();
        String token = who.equals("none") ? null : TOKENS.get(who);
        return AccessClient.call(method, root.toString().replaceAll("/$", "") + path, token, body);
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
            // reads: every role within its tenant; nobody outside it
            "viewer,       GET, /api/v1/tenants/kota-akses/agencies, 200",
            "reporter,     GET, /api/v1/tenants/kota-akses/agencies/DINAS-A, 200",
            "verifier,     GET, /api/v1/tenants/kota-akses/agencies, 200",
            "otherPlanner, GET, /api/v1/tenants/kota-akses/agencies, 403",
            "province,     GET, /api/v1/tenants/kota-akses/agencies, 403",
            "plannerA,     GET, /api/v1/tenants/kota-akses/agencies/DINAS-B, 403",
            "none,         GET, /api/v1/tenants/kota-akses/agencies, 401",
            "expired,      GET, /api/v1/tenants/kota-akses/agencies, 401",
            "forged,       GET, /api/v1/tenants/kota-akses/agencies, 401",
            "platform,     GET, /api/v1/tenants/kota-akses/agencies, 200",
            // rule presets are reference data: any valid token
            "reporter,     GET, /api/v1/rule-presets/predicate-scales, 200",
            "none,         GET, /api/v1/rule-presets/predicate-scales, 401",
            // the plan template follows the agency scope like every agency read
            "viewer,       GET, /api/v1/tenants/kota-akses/agencies/DINAS-A/templates/2024/plan.xlsx, 200",
            "plannerA,     GET, /api/v1/tenants/kota-akses/agencies/DINAS-B/templates/2024/plan.xlsx, 403",
            "otherPlanner, GET, /api/v1/tenants/kota-akses/agencies/DINAS-A/templates/2024/plan.xlsx, 403",
            // the reporting calendar: readable within the tenant, the province's default by its province
            "reporter,     GET, /api/v1/tenants/kota-akses/reporting-calendar, 200",
            "otherPlanner, GET, /api/v1/tenants/kota-akses/reporting-calendar, 403",
            "province,     GET, /api/v1/provinces/Sumatera%20Utara/reporting-calendar, 200",
            "viewer,       GET, /api/v1/provinces/Sumatera%20Utara/reporting-calendar, 403",
            // the organisation profile: an agency path like the plan
            "reporter,     GET, /api/v1/tenants/kota-akses/agencies/DINAS-A/profile/2024, 404",
            "plannerA,     GET, /api/v1/tenants/kota-akses/agencies/DINAS-B/profile/2024, 403",
            "otherPlanner, GET, /api/v1/tenants/kota-akses/agencies/DINAS-A/profile/2024, 403",
            "plannerA,     PUT, /api/v1/tenants/kota-akses/agencies/DINAS-B/profile/2024, 403",
            "viewer,       PUT, /api/v1/tenants/kota-akses/agencies/DINAS-A/profile/2024, 403",
            // the plan version: what a push may wait for, readable within the tenant
            "reporter,     GET, /api/v1/tenants/kota-akses/plan-version, 200",
            "otherPlanner, GET, /api/v1/tenants/kota-akses/plan-version, 403",
            "province,     GET, /api/v1/tenants/kota-akses/plan-version, 403",
            "none,         GET, /api/v1/tenants/kota-akses/plan-version, 401",
    })
    void reads(String who, String method, String path, int expected) {
        AccessClient.Reply reply = call(who, method, path, null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(expected);
        if (expected >= 400) {
            assertProblem(reply, expected);
        }
    }

    @ParameterizedTest(name = "{0} creates a tenant -> {1}")
    @CsvSource({"platform, 201", "admin, 403", "planner, 403", "viewer, 403", "none, 401"})
    void onlyThePlatformCreatesTenants(String who, int expected) {
        String code = "baru-" + who;
        AccessClient.Reply reply = call(who, "POST", "/api/v1/tenants",
                "{\"code\":\"" + code + "\",\"name\":\"Pemerintah Baru\",\"regionType\":\"KOTA\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(expected);
        assertThat(call("platform", "GET", "/api/v1/tenants/" + code, null).status())
                .isEqualTo(expected == 201 ? 200 : 404);
    }

    @ParameterizedTest(name = "{0} creates an agency in {1} -> {2}")
    @CsvSource({"admin, kota-akses, 201", "platform, kota-akses, 201", "planner, kota-akses, 403",
            "viewer, kota-akses, 403", "reporter, kota-akses, 403", "otherPlanner, kota-akses, 403"})
    void organisationIsTheAdminsBusiness(String who, String tenant, int expected) {
        String code = "NEW-" + who.toUpperCase();
        AccessClient.Reply reply = call(who, "POST", "/api/v1/tenants/" + tenant + "/agencies",
                "{\"code\":\"" + code + "\",\"name\":\"Dinas Baru\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(expected);
        assertThat(call("platform", "GET", "/api/v1/tenants/" + tenant + "/agencies/" + code, null).status())
                .as("nothing written when refused").isEqualTo(expected == 201 ? 200 : 404);
    }

    static byte[] emptyPlanWorkbook;

    @ParameterizedTest(name = "{0} uploads the plan workbook of {1} -> {2}")
    @CsvSource({"plannerA, DINAS-A, 200", "plannerA, DINAS-B, 403", "viewer, DINAS-A, 403", "otherPlanner, DINAS-A, 403"})
    void planWorkbookUploadFollowsTheAgencyScope(String who, String agency, int expected) {
        organisation();
        if (emptyPlanWorkbook == null) {
            emptyPlanWorkbook = io.restassured.RestAssured.given().header("Authorization", "Bearer " + TOKENS.get("admin"))
                    .get("/api/v1/tenants/kota-akses/agencies/DINAS-A/templates/2024/plan.xlsx")
                    .then().statusCode(200).extract().asByteArray();
        }
        byte[] workbook = emptyPlanWorkbook;
        var request = io.restassured.RestAssured.given()
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body(workbook);
        if (!who.equals("none")) {
            request.header("Authorization", "Bearer " + TOKENS.get(who));
        }
        int status = request.queryParam("dryRun", true)
                .post("/api/v1/tenants/kota-akses/agencies/" + agency + "/plan-import").statusCode();
        assertThat(status).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} imports the plan of {1} -> {2}")
    @CsvSource({"planner, DINAS-A, 200", "plannerA, DINAS-A, 200", "plannerA, DINAS-B, 403", "admin, DINAS-B, 200",
            "reporter, DINAS-A, 403", "verifier, DINAS-A, 403", "viewer, DINAS-A, 403", "otherPlanner, DINAS-A, 403",
            "none, DINAS-A, 401", "expired, DINAS-A, 401", "forged, DINAS-A, 401"})
    void planImportFollowsTheAgencyScope(String who, String agency, int expected) {
        com.fasterxml.jackson.databind.node.ObjectNode document = PlanFixtures.dumaiPlan();
        document.remove("rules"); // tenant-wide: admins only (below)
        String plan = document.toString();
        AccessClient.Reply reply = call(who, "POST", "/api/v1/tenants/kota-akses/agencies/" + agency
                + "/plan-import?dryRun=true", plan);
        assertThat(reply.status()).as(reply.body()).isEqualTo(expected);
        if (expected >= 400) {
            assertProblem(reply, expected);
        }
    }

    @ParameterizedTest(name = "{0} imports a plan with a rules section -> {1}")
    @CsvSource({"plannerA, 403", "planner, 403", "admin, 200"})
    void aRulesSectionNeedsWhatPutRulesNeeds(String who, int expected) {
        // issue 15: a planner limited to one agency changed the tenant-wide rules through a plan import
        AccessClient.Reply reply = call(who, "POST", "/api/v1/tenants/kota-akses/agencies/DINAS-A/plan-import"
                + (expected == 200 ? "?dryRun=true" : ""), PlanFixtures.dumaiPlan().toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(expected);
        if (expected == 403) {
            assertProblem(reply, 403);
            assertThat(reply.body()).contains("\"field\":\"rules\"");
            assertThat(call("admin", "GET", "/api/v1/tenants/kota-akses/rules/history", null).body())
                    .as("nothing written").isEqualTo("[]");
        }
    }

    @ParameterizedTest(name = "{0} PUT {1} -> {2}")
    @CsvSource({"admin, /api/v1/tenants/kota-akses/reporting-calendar, 200",
            "planner, /api/v1/tenants/kota-akses/reporting-calendar, 403",
            "otherPlanner, /api/v1/tenants/kota-akses/reporting-calendar, 403",
            "platform, /api/v1/provinces/Sumatera%20Utara/reporting-calendar, 200",
            "admin, /api/v1/provinces/Sumatera%20Utara/reporting-calendar, 403",
            "province, /api/v1/provinces/Sumatera%20Utara/reporting-calendar, 403"})
    void calendarsAreTheAdminsBusiness(String who, String path, int expected) {
        AccessClient.Reply reply = call(who, "PUT", path,
                "{\"indicator\":{\"submittedDays\":10,\"verifiedDays\":15,\"approvedDays\":20}}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(expected);
        if (expected >= 400) {
            assertProblem(reply, expected);
        }
    }

    @Test
    void refusalsDoNotTellWhetherAnotherTenantsRecordExists() {
        AccessClient.Reply existing = call("viewer", "GET", "/api/v1/tenants/kota-lain/agencies/DINAS-X", null);
        AccessClient.Reply missing = call("viewer", "GET", "/api/v1/tenants/kota-lain/agencies/NOT-THERE", null);
        AccessClient.Reply noTenant = call("viewer", "GET", "/api/v1/tenants/no-such-tenant/agencies/X", null);
        assertThat(existing.status()).isEqualTo(403);
        assertThat(missing.status()).isEqualTo(403);
        assertThat(noTenant.status()).isEqualTo(403);
        assertThat(existing.body().replace("DINAS-X", "?").replace("kota-lain", "?"))
                .isEqualTo(missing.body().replace("NOT-THERE", "?").replace("kota-lain", "?"));
    }

    @Test
    void responsesCarrySecurityHeadersAndCorsForPortals() {
        AccessClient.Reply reply = call("viewer", "GET", "/api/v1/tenants/kota-akses/agencies", null);
        assertThat(reply.status()).isEqualTo(200);
        io.restassured.RestAssured.given().header("Origin", "http://localhost:3000")
                .get("/api/v1/tenants/kota-akses/agencies")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'none'"));
    }

    static void assertProblem(AccessClient.Reply reply, int status) {
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body()).contains("\"status\":" + status).doesNotContain("Exception").doesNotContain("at id.");
    }
}
