package id.kinerja.reporting.live;

import id.kinerja.events.EventCatalog;
import id.kinerja.events.EventCodec;
import id.kinerja.events.EventEnvelope;
import id.kinerja.events.EventPeriod;
import id.kinerja.events.EventType;
import id.kinerja.events.planning.TenantPayload;
import id.kinerja.events.realisation.IndicatorRealisationPayload;
import id.kinerja.events.realisation.RealisationStatus;
import id.kinerja.testsupport.DevTokens;
import id.kinerja.testsupport.DevTokens.Claims;
import id.kinerja.testsupport.KinerjaTestResources;
import id.kinerja.testsupport.SseClient;
import id.kinerja.testsupport.TopicProbe;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures stream is fed from the reporting.figures topic: a subscriber sees only its scope (its tenant or
 * province, and the agencies its token is limited to), resumes from Last-Event-ID, and gets heartbeats.
 */
@QuarkusTest
class FiguresStreamTest {

    static final String T = "kota-arus";
    static final String OTHER = "kota-arus-lain";
    static final Duration WAIT = Duration.ofSeconds(30);

    @TestHTTPResource("/")
    URL root;

    static <P> void send(String tenant, EventType<P> type, String id, long version, EventPeriod period, P payload) {
        EventEnvelope e = EventEnvelope.of(type, tenant, id, version, period, payload);
        TopicProbe.send(KinerjaTestResources.kafka().bootstrapServers(), type.topic(), e.kafkaKey(), EventCodec.encode(e));
    }

    /** A realisation of the agency: its 2024 figures change. */
    static void realise(String tenant, String agency, String value, long version) {
        send(tenant, EventCatalog.REALISATION_UPSERTED, agency + "/IKU-1/2024/Y", version, EventPeriod.year(2024),
                new IndicatorRealisationPayload(agency, "IKU-1", 2024, null, new BigDecimal(value), null, null, null,
                        false, null, null, null, null, null, RealisationStatus.APPROVED, null, "test"));
    }

    @BeforeAll
    static void tenants() {
        send(T, EventCatalog.TENANT_UPSERTED, T, 1, null, new TenantPayload(T, "Kota Arus", "KOTA", "Provinsi Arus"));
        send(OTHER, EventCatalog.TENANT_UPSERTED, OTHER, 1, null, new TenantPayload(OTHER, "Kota Lain", "KOTA",
                "Provinsi Lain"));
    }

    String url(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }

    static boolean about(SseClient.Event e, String tenant, String agency) {
        return e.data() != null && e.data().contains("\"tenant\":\"" + tenant + "\"")
                && e.data().contains("\"agencyCode\":\"" + agency + "\"");
    }

    @Test
    void aTokenLimitedToOneAgencyGetsOnlyThatAgencysChanges() throws Exception {
        String limited = DevTokens.mint(Claims.person("pembaca-a", "viewer", T, "AG-A"));
        String whole = DevTokens.mint(Claims.person("pembaca", "viewer", T));
        String province = DevTokens.mint(Claims.province("provinsi-arus", "Provinsi Arus"));
        try (SseClient agencyA = SseClient.open(url("/api/v1/tenants/" + T + "/figures/stream"), limited, null);
             SseClient tenant = SseClient.open(url("/api/v1/tenants/" + T + "/figures/stream"), whole, null);
             SseClient provinceWide = SseClient.open(url("/api/v1/provinces/Provinsi%20Arus/figures/stream"), province,
                     null)) {
            assertThat(agencyA.status).isEqualTo(200);
            tenant.await(e -> "position".equals(e.name()), WAIT);
            agencyA.await(e -> "position".equals(e.name()), WAIT);
            provinceWide.await(e -> "position".equals(e.name()), WAIT);

            realise(T, "AG-B", "10", 1);
            realise(OTHER, "AG-A", "10", 1);
            tenant.await(e -> about(e, T, "AG-B"), WAIT);
            provinceWide.await(e -> about(e, T, "AG-B"), WAIT);
            realise(T, "AG-A", "20", 2);
            agencyA.await(e -> about(e, T, "AG-A"), WAIT);
            tenant.await(e -> about(e, T, "AG-A"), WAIT);
            provinceWide.await(e -> about(e, T, "AG-A"), WAIT);

            assertThat(agencyA.changes()).as("the AG-A reader sees AG-A of its own tenant only")
                    .allMatch(e -> about(e, T, "AG-A"));
            assertThat(tenant.changes()).as("the tenant reader sees its tenant only").noneMatch(e -> about(e, OTHER, "AG-A"));
            assertThat(provinceWide.changes()).as("the province reader sees its province only")
                    .noneMatch(e -> about(e, OTHER, "AG-A"));
        }
    }

    @Test
    void aSubscriberResumesFromLastEventIdWithNothingLostOrRepeated() throws Exception {
        String token = DevTokens.mint(Claims.person("pembaca", "viewer", T));
        String stream = url("/api/v1/tenants/" + T + "/figures/stream");
        String seen;
        try (SseClient first = SseClient.open(stream, token, null)) {
            realise(T, "AG-R1", "1", 1);
            seen = first.await(e -> about(e, T, "AG-R1"), WAIT).id();
        }
        // while disconnected, two more changes: the resumed stream gets them from the pod's ring (or live)
        realise(T, "AG-R2", "1", 1);
        realise(T, "AG-R3", "1", 1);
        try (SseClient resumed = SseClient.open(stream, token, seen)) {
            resumed.await(e -> about(e, T, "AG-R2"), WAIT);
            resumed.await(e -> about(e, T, "AG-R3"), WAIT);
            assertThat(resumed.changes()).noneMatch(e -> about(e, T, "AG-R1"));
            assertThat(resumed.events).noneMatch(e -> "reset".equals(e.name()));
        }
    }

    @Test
    void anIdleStreamGetsHeartbeats() throws Exception {
        try (SseClient idle = SseClient.open(url("/api/v1/tenants/" + T + "/figures/stream"),
                DevTokens.mint(Claims.person("pembaca", "viewer", T)), null)) {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!idle.comments.contains("ping") && System.nanoTime() < deadline) { // a "position" comment comes first
                Thread.sleep(100);
            }
            assertThat(idle.comments).contains("ping");
        }
    }

    @Test
    void anotherTenantsStreamIsRefused() throws Exception {
        try (SseClient refused = SseClient.open(url("/api/v1/tenants/" + OTHER + "/figures/stream"),
                DevTokens.mint(Claims.person("pembaca", "viewer", T)), null)) {
            assertThat(refused.status).isEqualTo(403);
        }
        try (SseClient refused = SseClient.open(url("/api/v1/provinces/Provinsi%20Lain/figures/stream"),
                DevTokens.mint(Claims.province("provinsi-arus", "Provinsi Arus")), null)) {
            assertThat(refused.status).isEqualTo(403);
        }
    }
}
