package id.kinerja.reporting.replay;

import id.kinerja.events.EventCatalog;
import id.kinerja.events.EventCodec;
import id.kinerja.events.EventEnvelope;
import id.kinerja.events.EventPeriod;
import id.kinerja.events.EventType;
import id.kinerja.events.planning.AgencyPayload;
import id.kinerja.events.planning.TenantPayload;
import id.kinerja.events.realisation.IndicatorRealisationPayload;
import id.kinerja.events.realisation.RealisationStatus;
import id.kinerja.testsupport.KinerjaTestResources;
import id.kinerja.testsupport.TopicProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A replay rebuilds the read models into shadow tables and swaps them in at the end: a reader polling all the
 * while always gets 200, sees the old figures until the swap and the rebuilt ones after (never an empty or
 * half-built table), and an event that arrives during the replay is not lost by the swap.
 */
@QuarkusTest
class ReplayWhileReadingTest {

    static final String T = "kota-putar";
    static final Duration WAIT = Duration.ofSeconds(120);

    @Inject
    EntityManager em;

    static <P> EventEnvelope envelope(EventType<P> type, String id, EventPeriod period, P payload) {
        return EventEnvelope.of(type, T, id, 1, period, payload);
    }

    static void send(EventEnvelope... events) {
        String bootstrap = KinerjaTestResources.kafka().bootstrapServers();
        for (EventEnvelope e : events) {
            TopicProbe.send(bootstrap, EventCatalog.find(e.type()).orElseThrow().topic(), e.kafkaKey(), EventCodec.encode(e));
        }
    }

    /** Realisations of another agency, so the replay has something to chew on while the reader reads. */
    static void filler(int count) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(EventCodec.encode(envelope(EventCatalog.REALISATION_UPSERTED, "ISI/IKU-" + i + "/2024/Y",
                    EventPeriod.year(2024), new IndicatorRealisationPayload("ISI", "IKU-" + i, 2024, null,
                            BigDecimal.valueOf(i), null, null, null, false, null, null, null, null, null,
                            RealisationStatus.APPROVED, null, "test"))));
        }
        TopicProbe.send(KinerjaTestResources.kafka().bootstrapServers(), EventCatalog.REALISATION_UPSERTED.topic(),
                T + ":realisation:ISI", values.toArray(String[]::new));
    }

    record Read(int status, String name, String replayState) {
    }

    @Test
    void readersKeepTheOldFiguresDuringAReplayAndGetTheRebuiltOnesAfter() throws Exception {
        send(envelope(EventCatalog.TENANT_UPSERTED, T, null, new TenantPayload(T, "Kota Putar", "KOTA", "Provinsi Uji")),
                envelope(EventCatalog.AGENCY_UPSERTED, "DINAS", null, new AgencyPayload("DINAS", "Dinas Putar", null, true)));
        filler(3000);
        String agency = "/api/v1/tenants/" + T + "/agencies/DINAS";
        await().atMost(WAIT).untilAsserted(() -> given().get(agency).then().statusCode(200));
        // the live read model goes wrong (as a bug would leave it): only a rebuild repairs it
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE agency_view SET name = 'RUSAK' WHERE tenant = '" + T + "'").executeUpdate());

        List<Read> reads = new CopyOnWriteArrayList<>();
        AtomicBoolean reading = new AtomicBoolean(true);
        Thread reader = new Thread(() -> {
            while (reading.get()) {
                Response r = given().get(agency);
                String state = given().get("/api/v1/admin/replay").then().extract().path("state");
                reads.add(new Read(r.statusCode(), r.statusCode() == 200 ? r.path("name") : null, state));
            }
        }, "reader");
        reader.start();
        try {
            given().post("/api/v1/admin/replay").then().statusCode(202);
            // an event during the replay: applied live (old tables) and by the catch-up (new ones), not lost
            send(envelope(EventCatalog.AGENCY_UPSERTED, "BARU", null, new AgencyPayload("BARU", "Dinas Baru", null, true)));
            await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/admin/replay").then()
                    .body("state", org.hamcrest.Matchers.equalTo("DONE")));
            await().atMost(WAIT).until(() -> reads.stream().filter(r -> "DONE".equals(r.replayState())).count() >= 3);
        } finally {
            reading.set(false);
            reader.join();
        }

        assertThat(reads).as("every read answered").allMatch(r -> r.status() == 200);
        assertThat(reads).extracting(Read::name).containsOnly("RUSAK", "Dinas Putar");
        assertThat(reads).as("the old figures while the replay runs")
                .anyMatch(r -> "RUNNING".equals(r.replayState()) && "RUSAK".equals(r.name()));
        int firstRebuilt = reads.stream().map(Read::name).toList().indexOf("Dinas Putar");
        assertThat(reads.subList(firstRebuilt, reads.size())).as("once swapped, never back")
                .allMatch(r -> "Dinas Putar".equals(r.name()));
        assertThat(reads.get(reads.size() - 1).name()).isEqualTo("Dinas Putar");
        given().get("/api/v1/tenants/" + T + "/agencies/BARU").then().statusCode(200);
        given().get("/api/v1/admin/replay").then().statusCode(200)
                .body("phase", org.hamcrest.Matchers.equalTo("DONE"))
                .body("applied", org.hamcrest.Matchers.greaterThanOrEqualTo(3000));
        System.out.printf("replay while reading: %d reads, all 200; %d during the replay%n", reads.size(),
                reads.stream().filter(r -> "RUNNING".equals(r.replayState())).count());
    }
}
