package id.kinerja.reporting;

import id.kinerja.events.EventCatalog;
import id.kinerja.events.EventCodec;
import id.kinerja.events.EventEnvelope;
import id.kinerja.events.EventPeriod;
import id.kinerja.events.EventType;
import id.kinerja.events.planning.AgencyPayload;
import id.kinerja.events.planning.RenstraPayload;
import id.kinerja.events.planning.TenantPayload;
import id.kinerja.events.plan.ObjectiveKind;
import id.kinerja.events.realisation.PeriodLockPayload;
import id.kinerja.testsupport.AccessClient;
import id.kinerja.testsupport.DevTokens;
import id.kinerja.testsupport.DevTokens.Claims;
import id.kinerja.testsupport.KinerjaTestResources;
import id.kinerja.testsupport.TopicProbe;
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
 * Read models fed by Kafka answer only within the caller's tenant (or its province for province readers);
 * replay is the platform's; published figures of a closed year need no token.
 */
@QuarkusTest
class ReportingAccessTest {

    static final String T = "kota-akses-p";
    static final String OTHER = "kota-luar-p";
    static final Map<String, String> TOKENS = Map.ofEntries(
            Map.entry("platform", DevTokens.mint(Claims.platformAdmin("operator"))),
            Map.entry("admin", DevTokens.mint(Claims.person("admin-p", "admin", T))),
            Map.entry("viewer", DevTokens.mint(Claims.person("pembaca", "viewer", T))),
            Map.entry("viewerA", DevTokens.mint(Claims.person("pembaca-a", "viewer", T, "AG-A"))),
            Map.entry("reporterA", DevTokens.mint(Claims.machine("sipd-a", T, "AG-A"))),
            Map.entry("otherViewer", DevTokens.mint(Claims.person("luar", "viewer", OTHER))),
            Map.entry("province", DevTokens.mint(Claims.province("provinsi-uji", "Provinsi Uji"))),
            Map.entry("otherProvince", DevTokens.mint(Claims.province("provinsi-lain", "Provinsi Lain"))),
            Map.entry("expired", DevTokens.mint(Claims.person("pembaca", "viewer", T).expiringIn(Duration.ofSeconds(-120)))),
            Map.entry("forged", DevTokens.forged(Claims.platformAdmin("intruder"))));

    @TestHTTPResource("/")
    URL root;

    static <P> void send(String tenant, EventType<P> type, String id, EventPeriod period, P payload) {
        EventEnvelope e = EventEnvelope.of(type, tenant, id, 1, period, payload);
        TopicProbe.send(KinerjaTestResources.kafka().bootstrapServers(), type.topic(), e.kafkaKey(), EventCodec.encode(e));
    }

    @BeforeAll
    static void events() {
        for (String tenant : List.of(T, OTHER)) {
            send(tenant, EventCatalog.TENANT_UPSERTED, tenant, null, new TenantPayload(tenant, "Pemerintah " + tenant,
                    "KOTA", tenant.equals(T) ? "Provinsi Uji" : "Provinsi Lain"));
            for (String agency : List.of("AG-A", "AG-B")) {
                send(tenant, EventCatalog.AGENCY_UPSERTED, agency, null, new AgencyPayload(agency, "Dinas " + agency,
                        null, true));
                send(tenant, EventCatalog.RENSTRA_UPSERTED, agency + "/2021-2026", null, new RenstraPayload(agency,
                        "2021-2026", null, 2021, 2026, null, 1, List.of(), List.of(
                        new RenstraPayload.Objective(ObjectiveKind.SASARAN, "S1", null, "Sasaran"))));
            }
            // 2024 is closed (all four quarters locked); 2025 is not
            for (int q = 1; q <= 4; q++) {
                send(tenant, EventCatalog.PERIOD_LOCK_CHANGED, "2024/" + q, EventPeriod.quarter(2024, q),
                        new PeriodLockPayload(2024, q, true, "tutup buku", "admin"));
            }
            send(tenant, EventCatalog.PERIOD_LOCK_CHANGED, "2025/1", EventPeriod.quarter(2025, 1),
                    new PeriodLockPayload(2025, 1, true, "tutup buku", "admin"));
        }
    }

    AccessClient.Reply call(String who, String path) {
        return AccessClient.call("GET", root.toString().replaceAll("/$", "") + path,
                who.equals("none") ? null : TOKENS.get(who), null);
    }

    @ParameterizedTest(name = "{0} GET {1} -> {2}")
    @CsvSource({
            "viewer,        /api/v1/tenants/kota-akses-p/agencies/AG-A/dashboard/2024, 200",
            "viewerA,       /api/v1/tenants/kota-akses-p/agencies/AG-A/dashboard/2024, 200",
            "viewerA,       /api/v1/tenants/kota-akses-p/agencies/AG-B/dashboard/2024, 403",
            "viewerA,       /api/v1/tenants/kota-akses-p/agencies/AG-A/dashboard/2024?format=xlsx, 200",
            "viewerA,       /api/v1/tenants/kota-akses-p/agencies/AG-B/dashboard/2024?format=xlsx, 403",
            "otherViewer,   /api/v1/tenants/kota-akses-p/dashboard/2024?format=csv, 403",
            "reporterA,     /api/v1/tenants/kota-akses-p/agencies/AG-B/lkjip/2024, 403",
            "reporterA,     /api/v1/tenants/kota-akses-p/agencies/AG-A/lkjip/2024, 200",
            "reporterA,     /api/v1/tenants/kota-akses-p/agencies/AG-B/lkjip/2024/document, 403",
            "otherViewer,   /api/v1/tenants/kota-akses-p/agencies/AG-A/lkjip/2024/document?format=docx, 403",
            "none,          /api/v1/tenants/kota-akses-p/agencies/AG-A/lkjip/2024/document, 401",
            "viewerA,       /api/v1/tenants/kota-akses-p/agencies/AG-A/lkjip/2024/document, 200",
            "otherViewer,   /api/v1/tenants/kota-akses-p/agencies/AG-A/pk/2024/PK-1/document, 403",
            "viewerA,       /api/v1/tenants/kota-akses-p/agencies/AG-B/pk/2024/PK-1/document, 403",
            // the pemda LKjIP shows every agency: not for a caller limited to some
            "viewer,        /api/v1/tenants/kota-akses-p/lkjip/2024/document, 200",
            "viewerA,       /api/v1/tenants/kota-akses-p/lkjip/2024/document, 403",
            "otherViewer,   /api/v1/tenants/kota-akses-p/lkjip/2024/document?format=docx, 403",
            "none,          /api/v1/tenants/kota-akses-p/lkjip/2024/document, 401",
            "reporterA,     /api/v1/tenants/kota-akses-p/agencies/AG-A/lkjip/2024/prose, 200",
            "viewerA,       /api/v1/tenants/kota-akses-p/agencies/AG-B/lkjip/2024/prose, 403",
            "otherViewer,   /api/v1/tenants/kota-akses-p/agencies/AG-A/dashboard/2024, 403",
            "otherViewer,   /api/v1/tenants/kota-akses-p/dashboard/2024, 403",
            "otherViewer,   /api/v1/tenants/kota-akses-p/agencies/AG-A/dashboard/2024/findings, 403",
            "province,      /api/v1/tenants/kota-akses-p/dashboard/2024, 200",
            "province,      /api/v1/tenants/kota-luar-p/dashboard/2024, 403",
            "province,      /api/v1/provinces/Provinsi%20Uji/dashboard/2024, 200",
            "province,      /api/v1/provinces/Provinsi%20Uji/dashboard/2024?format=xlsx, 200",
            "otherProvince, /api/v1/provinces/Provinsi%20Uji/dashboard/2024?format=csv, 403",
            "otherProvince, /api/v1/provinces/Provinsi%20Uji/dashboard/2024, 403",
            "viewer,        /api/v1/provinces/Provinsi%20Uji/dashboard/2024, 403",
            "platform,      /api/v1/provinces/Provinsi%20Uji/dashboard/2024, 200",
            "platform,      /api/v1/national/dashboard/2024, 200",
            "province,      /api/v1/national/dashboard/2024, 403",
            "admin,         /api/v1/national/dashboard/2024, 403",
            "none,          /api/v1/national/dashboard/2024, 401",
            "none,          /api/v1/tenants/kota-akses-p/dashboard/2024, 401",
            "expired,       /api/v1/tenants/kota-akses-p/dashboard/2024, 401",
            "forged,        /api/v1/tenants/kota-akses-p/dashboard/2024, 401",
            "admin,         /api/v1/admin/replay, 403",
            // monitoring: the same scoping; 404 = admitted, nothing stored for the year (no dated events)
            "viewerA,       /api/v1/tenants/kota-akses-p/agencies/AG-A/monitoring/2024, 404",
            "viewerA,       /api/v1/tenants/kota-akses-p/agencies/AG-B/monitoring/2024, 403",
            "otherViewer,   /api/v1/tenants/kota-akses-p/agencies/AG-A/monitoring/2024, 403",
            "otherViewer,   /api/v1/tenants/kota-akses-p/monitoring/2024, 403",
            "province,      /api/v1/tenants/kota-akses-p/monitoring/2024, 404",
            "province,      /api/v1/tenants/kota-luar-p/monitoring/2024, 403",
            "province,      /api/v1/provinces/Provinsi%20Uji/monitoring/2024, 200",
            "otherProvince, /api/v1/provinces/Provinsi%20Uji/monitoring/2024, 403",
            "viewer,        /api/v1/provinces/Provinsi%20Uji/monitoring/2024, 403",
            "none,          /api/v1/tenants/kota-akses-p/monitoring/2024, 401",
            "viewer,        /api/v1/tenants/kota-akses-p/figures/stream, 200",
            "otherViewer,   /api/v1/tenants/kota-akses-p/figures/stream, 403",
    })
    void reads(String who, String path, int expected) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            AccessClient.Reply reply = path.endsWith("/stream") ? stream(who, path) : call(who, path);
            assertThat(reply.status()).as(reply.body()).isEqualTo(expected);
            if (expected >= 400) {
                assertThat(reply.contentType()).startsWith("application/problem+json");
            }
        });
    }

    private AccessClient.Reply stream(String who, String path) throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().sendAsync(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(root.toString().replaceAll("/$", "") + path))
                .header("Authorization", "Bearer " + TOKENS.get(who)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofInputStream()).get(10, java.util.concurrent.TimeUnit.SECONDS);
        response.body().close(); // the headers are all this needs; an event stream never ends by itself
        return new AccessClient.Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), "");
    }

    @Test
    void publishedFiguresOfAClosedYearNeedNoToken() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(call("none", "/api/v1/public/tenants/kota-akses-p/agencies/AG-A/dashboard/2024").status())
                    .isEqualTo(200);
            assertThat(call("none", "/api/v1/public/tenants/kota-akses-p/dashboard/2024").status()).isEqualTo(200);
        });
        AccessClient.Reply open = call("none", "/api/v1/public/tenants/kota-akses-p/agencies/AG-A/dashboard/2025");
        assertThat(open.status()).isEqualTo(404);
        assertThat(open.contentType()).startsWith("application/problem+json");
        assertThat(call("none", "/api/v1/public/tenants/kota-akses-p/agencies/AG-A/dashboard/2024?official=false")
                .body()).contains("\"officialOnly\":true");
    }

    @Test
    void aCallerLimitedToOneAgencySeesNoOtherAgencyInListsAndRollups() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(call("viewer",
                "/api/v1/tenants/kota-akses-p/dashboard/2024").body()).contains("\"AG-A\"", "\"AG-B\""));
        AccessClient.Reply pemda = call("viewerA", "/api/v1/tenants/kota-akses-p/dashboard/2024");
        assertThat(pemda.status()).isEqualTo(200);
        assertThat(pemda.body()).contains("\"agency\":\"AG-A\"").doesNotContain("AG-B");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(call("viewer",
                "/api/v1/tenants/kota-akses-p/agencies").body()).contains("AG-B"));
        AccessClient.Reply agencies = call("reporterA", "/api/v1/tenants/kota-akses-p/agencies");
        assertThat(agencies.status()).isEqualTo(200);
        assertThat(agencies.body()).contains("AG-A").doesNotContain("AG-B").contains("\"total\":1");
        assertThat(call("viewerA", "/api/v1/tenants/kota-akses-p/dashboard/2024?asOf=2020-01-01T00:00:00Z").body())
                .doesNotContain("AG-B");
    }

    @Test
    void onlyAnAdminPublishesAnLkjip() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                call("viewer", "/api/v1/tenants/kota-akses-p/agencies/AG-A/lkjip/2024").status()).isEqualTo(200));
        String publish = root.toString().replaceAll("/$", "") + "/api/v1/tenants/kota-akses-p/agencies/AG-A/lkjip/2024/publish";
        assertThat(AccessClient.call("POST", publish, TOKENS.get("viewer"), null).status()).isEqualTo(403);
        assertThat(AccessClient.call("POST", publish, TOKENS.get("otherViewer"), null).status()).isEqualTo(403);
        AccessClient.Reply published = AccessClient.call("POST", publish, TOKENS.get("admin"), null);
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        assertThat(published.body()).contains("\"publishedBy\":\"admin-p\"");
    }

    @Test
    void theLkjipProseIsWrittenByItsAgencyOrAnAdmin() {
        String base = root.toString().replaceAll("/$", "") + "/api/v1/tenants/kota-akses-p/agencies/";
        String body = "{\"penutup\": \"Rencana perbaikan.\"}";
        AccessClient.Reply own = AccessClient.call("PUT", base + "AG-A/lkjip/2024/prose", TOKENS.get("reporterA"), body);
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.body()).contains("\"updatedBy\":\"sipd-a\"");
        assertThat(AccessClient.call("PUT", base + "AG-B/lkjip/2024/prose", TOKENS.get("reporterA"), body).status())
                .isEqualTo(403);
        assertThat(AccessClient.call("PUT", base + "AG-A/lkjip/2024/prose", TOKENS.get("viewer"), body).status())
                .isEqualTo(403);
        assertThat(AccessClient.call("PUT", base + "AG-A/lkjip/2024/prose", TOKENS.get("otherViewer"), body).status())
                .isEqualTo(403);
        assertThat(AccessClient.call("PUT", base + "AG-B/lkjip/2024/prose", TOKENS.get("admin"), body).status())
                .isEqualTo(200);
    }

    @Test
    void theDashboardPageAndItsDemoSignInNeedNoTokenAndTheDemoTokenKeepsItsScope() {
        String base = root.toString().replaceAll("/$", "");
        AccessClient.Reply page = AccessClient.call("GET", base + "/", null, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("dashboard/app.js");
        assertThat(call("none", "/api/v1/dashboard/config").body()).contains("\"mode\":\"demo\"");
        assertThat(call("none", "/api/v1/dashboard/demo-users").body()).contains("VIEWER_DUMAI", "PROVINCE_SUMUT");
        AccessClient.Reply minted = AccessClient.call("POST", base + "/api/v1/dashboard/demo-users/VIEWER_DUMAI/token", null, null);
        assertThat(minted.status()).as(minted.body()).isEqualTo(200);
        String token = minted.body().replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1");
        assertThat(AccessClient.call("GET", base + "/api/v1/tenants/kota-akses-p/dashboard/2024", token, null).status())
                .isEqualTo(403);
        assertThat(AccessClient.call("POST", base + "/api/v1/dashboard/demo-users/NOBODY/token", null, null).status())
                .isEqualTo(404);
    }

    @Test
    void onlyThePlatformReplays() {
        AccessClient.Reply refused = AccessClient.call("POST", root.toString().replaceAll("/$", "")
                + "/api/v1/admin/replay", TOKENS.get("admin"), null);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(call("platform", "/api/v1/tenants/kota-akses-p/agencies/AG-A/dashboard/2024").status()).isEqualTo(200);
    }
}
