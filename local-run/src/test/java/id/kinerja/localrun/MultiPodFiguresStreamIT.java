package id.kinerja.localrun;

import id.kinerja.events.EventCatalog;
import id.kinerja.events.EventCodec;
import id.kinerja.events.EventEnvelope;
import id.kinerja.events.EventPeriod;
import id.kinerja.events.planning.TenantPayload;
import id.kinerja.events.realisation.IndicatorRealisationPayload;
import id.kinerja.events.realisation.RealisationStatus;
import id.kinerja.testsupport.DevTokens;
import id.kinerja.testsupport.DevTokens.Claims;
import id.kinerja.testsupport.Ports;
import id.kinerja.testsupport.SseClient;
import id.kinerja.testsupport.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two reporting-service pods (packaged JVMs sharing one database, one consumer group and one broker): the
 * planning and realisation partitions are split between them, so each applies only some changes, yet a
 * subscriber of either pod's figures stream gets every change, because each pod feeds its stream from the
 * reporting.figures topic.
 */
class MultiPodFiguresStreamIT {

    static final String T = "kota-dua-pod";
    static final Duration WAIT = Duration.ofSeconds(60);
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static LocalSystem system;
    static String podA;
    static String podB;

    @BeforeAll
    static void twoPods() {
        Path home = Path.of(System.getProperty("kinerja.home", "..")).toAbsolutePath().normalize();
        LocalRunOptions options = LocalRunOptions.isolated(home, home.resolve("local-run/target/it-logs-multipod"))
                .withServices(List.of(
                        new ServiceSpec("reporting-service-a", "reporting-service", "reporting", Ports.free()),
                        new ServiceSpec("reporting-service-b", "reporting-service", "reporting", Ports.free())));
        system = LocalSystem.start(options);
        podA = options.service("reporting-service-a").baseUrl();
        podB = options.service("reporting-service-b").baseUrl();
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    static void send(EventEnvelope e) {
        TopicProbe.send(system.kafkaBootstrap(), EventCatalog.find(e.type()).orElseThrow().topic(), e.kafkaKey(),
                EventCodec.encode(e));
    }

    static void realise(String agency) {
        send(EventEnvelope.of(EventCatalog.REALISATION_UPSERTED, T, agency + "/IKU-1/2024/Y", 1, EventPeriod.year(2024),
                new IndicatorRealisationPayload(agency, "IKU-1", 2024, null, BigDecimal.TEN, null, null, null, false,
                        null, null, null, null, null, RealisationStatus.APPROVED, null, "it")));
    }

    /** How many figure changes this pod has applied itself (its freshness timer counts them at commit). */
    static long applied(String pod) throws Exception {
        String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(pod + "/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("(?m)^kinerja_figures_freshness_seconds_count\\S* (\\S+)$").matcher(metrics);
        return m.find() ? (long) Double.parseDouble(m.group(1)) : 0;
    }

    static boolean about(SseClient.Event e, String agency) {
        return e.data() != null && e.data().contains("\"agencyCode\":\"" + agency + "\"");
    }

    @Test
    void aChangeAppliedByOnePodIsStreamedByTheOther() throws Exception {
        send(EventEnvelope.of(EventCatalog.TENANT_UPSERTED, T, T, 1, null,
                new TenantPayload(T, "Kota Dua Pod", "KOTA", "Provinsi Uji")));
        String token = DevTokens.mint(Claims.person("portal", "viewer", T));
        String path = "/api/v1/tenants/" + T + "/figures/stream";
        try (SseClient onA = SseClient.open(podA + path, token, null);
             SseClient onB = SseClient.open(podB + path, token, null)) {
            assertThat(onA.status).isEqualTo(200);
            assertThat(onB.status).isEqualTo(200);
            onA.await(e -> "position".equals(e.name()), WAIT);
            onB.await(e -> "position".equals(e.name()), WAIT);

            // agencies spread over the partitions until each pod has applied some of the changes itself
            List<String> agencies = new ArrayList<>();
            long deadline = System.nanoTime() + WAIT.toNanos();
            while ((applied(podA) == 0 || applied(podB) == 0) && System.nanoTime() < deadline) {
                for (int i = 0; i < 12; i++) {
                    String agency = "AG-" + agencies.size();
                    agencies.add(agency);
                    realise(agency);
                }
                Thread.sleep(1_000);
            }
            long byA = applied(podA);
            long byB = applied(podB);
            assertThat(byA).as("changes applied by pod A").isPositive();
            assertThat(byB).as("changes applied by pod B").isPositive();

            for (String agency : agencies) {
                onA.await(e -> about(e, agency), WAIT);
                onB.await(e -> about(e, agency), WAIT);
            }
            System.out.printf("multi-pod stream: %d changes, applied %d by pod A and %d by pod B, streamed %d by A"
                    + " and %d by B%n", agencies.size(), applied(podA), applied(podB), onA.changes().size(),
                    onB.changes().size());
            assertThat(onA.changes()).hasSize(agencies.size());
            assertThat(onB.changes()).hasSize(agencies.size());

            // a subscriber of pod A resumes on pod B from its last id without a gap or a repeat
            SseClient.Event half = onA.changes().get(agencies.size() / 2 - 1);
            try (SseClient resumed = SseClient.open(podB + path, token, half.id())) {
                String last = agencies.get(agencies.size() - 1);
                resumed.await(e -> about(e, last), WAIT);
                assertThat(resumed.changes()).hasSize(agencies.size() - agencies.size() / 2);
            }
        }
    }
}
