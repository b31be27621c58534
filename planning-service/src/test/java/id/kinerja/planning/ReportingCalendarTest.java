package id.kinerja.planning;

import id.kinerja.events.EventCatalog;
import id.kinerja.events.EventCodec;
import id.kinerja.events.EventEnvelope;
import id.kinerja.events.EventFixtures;
import id.kinerja.events.Topics;
import id.kinerja.events.planning.ReportingCalendarPayload;
import id.kinerja.testsupport.KinerjaTestResources;
import id.kinerja.testsupport.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** A province sets the default calendar, a tenant overrides it; each tenant's calendar in force is published. */
@QuarkusTest
class ReportingCalendarTest {

    static final String PROVINCE = "Kalimantan Uji";

    static void tenant(String code) {
        given().contentType(ContentType.JSON).body(Map.of("code", code, "name", "Pemerintah " + code,
                "regionType", "KOTA", "province", PROVINCE)).post("/api/v1/tenants");
    }

    static String calendar(int submitted, int verified, int approved) {
        return "{\"indicator\":{\"submittedDays\":" + submitted + ",\"verifiedDays\":" + verified
                + ",\"approvedDays\":" + approved + "},\"thresholds\":{\"behindRencanaAksiPoints\":15,"
                + "\"absorptionBehindPoints\":10,\"keuanganAheadOfFisikPoints\":25,\"projectedCapaianBelow\":90}}";
    }

    @Test
    void provinceDefaultThenTenantOverrideArePublishedPerTenant() {
        tenant("kota-kal-a");
        tenant("kota-kal-b");
        given().get("/api/v1/tenants/kota-kal-a/reporting-calendar").then().statusCode(200)
                .body("source", equalTo("DEFAULT"), "indicator.submittedDays", equalTo(10));

        given().contentType(ContentType.JSON).body(calendar(15, 20, 25))
                .put("/api/v1/provinces/{p}/reporting-calendar", PROVINCE)
                .then().statusCode(200).body("change", equalTo("CREATED"), "state.source", equalTo("PROVINCE"));
        given().contentType(ContentType.JSON).body(calendar(15, 20, 25))
                .put("/api/v1/provinces/{p}/reporting-calendar", PROVINCE)
                .then().statusCode(200).body("change", equalTo("UNCHANGED"));
        given().contentType(ContentType.JSON).body(calendar(5, 10, 12))
                .put("/api/v1/tenants/kota-kal-b/reporting-calendar")
                .then().statusCode(200).body("state.source", equalTo("TENANT"), "state.indicator.approvedDays", equalTo(12),
                        "state.budget.submittedDays", equalTo(10));

        given().get("/api/v1/tenants/kota-kal-a/reporting-calendar").then().statusCode(200)
                .body("source", equalTo("PROVINCE"), "indicator.submittedDays", equalTo(15),
                        "thresholds.projectedCapaianBelow", equalTo(90));
        given().get("/api/v1/tenants/kota-kal-b/reporting-calendar/history").then().statusCode(200)
                .body("versionNo", hasItem(1));
        tenant("kota-kal-d"); // a pemda registered later follows the province default too
        TopicProbe.await(KinerjaTestResources.kafka().bootstrapServers(), Topics.PLANNING,
                r -> r.key().equals("kota-kal-d:reporting-calendar:calendar"), 1, Duration.ofSeconds(20));

        List<ConsumerRecord<String, String>> a = TopicProbe.await(KinerjaTestResources.kafka().bootstrapServers(),
                Topics.PLANNING, r -> r.key().equals("kota-kal-a:reporting-calendar:calendar"), 1, Duration.ofSeconds(20));
        EventEnvelope event = EventCodec.decode(a.get(0).value());
        assertThat(EventCodec.payload(event, EventCatalog.CALENDAR_UPSERTED).source())
                .isEqualTo(ReportingCalendarPayload.PROVINCE);
        assertThat(EventFixtures.shape(EventCodec.readTree(a.get(0).value())))
                .isEqualTo(EventFixtures.shape(EventCodec.readTree(EventFixtures.load(EventCatalog.CALENDAR_UPSERTED))));
        List<ConsumerRecord<String, String>> b = TopicProbe.await(KinerjaTestResources.kafka().bootstrapServers(),
                Topics.PLANNING, r -> r.key().equals("kota-kal-b:reporting-calendar:calendar"), 2, Duration.ofSeconds(20));
        assertThat(b.stream().map(r -> EventCodec.payload(EventCodec.decode(r.value()), EventCatalog.CALENDAR_UPSERTED)
                .source())).containsExactly("PROVINCE", "TENANT");
    }

    @Test
    void badCalendarsNameTheField() {
        tenant("kota-kal-c");
        given().contentType(ContentType.JSON).body(calendar(20, 10, 30))
                .put("/api/v1/tenants/kota-kal-c/reporting-calendar")
                .then().statusCode(422).body("errors[0].field", equalTo("indicator.verifiedDays"));
        given().contentType(ContentType.JSON).body("{\"indicator\":{\"submittedDays\":-1,\"verifiedDays\":1,\"approvedDays\":2}}")
                .put("/api/v1/tenants/kota-kal-c/reporting-calendar")
                .then().statusCode(400).body("errors.field", hasItem(org.hamcrest.Matchers.containsString("submittedDays")));
        given().contentType(ContentType.JSON).body("{}")
                .put("/api/v1/tenants/kota-kal-c/reporting-calendar")
                .then().statusCode(400).body("errors.field", hasItem(org.hamcrest.Matchers.containsString("indicator")));
        given().get("/api/v1/tenants/kota-kal-c/reporting-calendar").then().statusCode(200)
                .body("source", equalTo("DEFAULT"));
    }
}
