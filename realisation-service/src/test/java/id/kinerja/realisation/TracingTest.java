package id.kinerja.realisation;

import id.kinerja.events.Topics;
import id.kinerja.events.plan.ValueType;
import id.kinerja.testsupport.KinerjaTestResources;
import id.kinerja.testsupport.RecordedSpans;
import id.kinerja.testsupport.TopicProbe;
import io.opentelemetry.api.trace.SpanKind;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A push carrying a W3C trace context: the request's span joins the trace, the outbox row keeps the context of
 * the change, and the relay publishes the event with it as the {@code traceparent} header, which the consumers'
 * messaging instrumentation continues (reporting-service's TracingTest takes it from there).
 */
@QuarkusTest
class TracingTest {

    static final String T = "kota-trace";
    static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void aPushIsFollowedFromTheRequestThroughTheOutboxToTheTopic() {
        new PlanSeeder(T).agency("DINAS").renstra("DINAS", 2021, 2026)
                .indicator("DINAS", "IKU-1", ValueType.NUMBER, List.of()).flush();
        ReplicaProbe.awaitIndicators(T, 1);
        given().contentType(ContentType.JSON).header("traceparent", "00-" + TRACE + "-00f067aa0ba902b7-01")
                .body(Map.of("agencyCode", "DINAS", "indicatorCode", "IKU-1", "year", 2024, "quarter", 1, "value", 7))
                .put("/api/v1/tenants/" + T + "/indicator-realisations").then().statusCode(200);

        String stored = QuarkusTransaction.requiringNew().call(() -> (String) Panache.getEntityManager()
                .createNativeQuery("SELECT trace_parent FROM outbox_event WHERE tenant = ?1 AND type = "
                        + "'realisation.upserted'").setParameter(1, T).getSingleResult());
        assertThat(stored).startsWith("00-" + TRACE + "-").endsWith("-01");

        var records = TopicProbe.await(KinerjaTestResources.kafka().bootstrapServers(), Topics.REALISATION,
                r -> r.key().startsWith(T + ":"), 1, Duration.ofSeconds(30));
        Header header = records.get(0).headers().lastHeader("traceparent");
        assertThat(header).isNotNull();
        assertThat(new String(header.value(), StandardCharsets.UTF_8)).isEqualTo(stored);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(RecordedSpans.INSTANCE.ofTrace(TRACE))
                .anySatisfy(span -> {
                    assertThat(span.getKind()).isEqualTo(SpanKind.SERVER);
                    assertThat(stored).contains(span.getSpanId()); // the change's span is the one stored
                }));
    }
}
