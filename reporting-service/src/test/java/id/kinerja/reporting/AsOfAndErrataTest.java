package id.kinerja.reporting;

import id.kinerja.events.EventCatalog;
import id.kinerja.events.EventCodec;
import id.kinerja.events.EventEnvelope;
import id.kinerja.events.EventPeriod;
import id.kinerja.events.EventType;
import id.kinerja.events.plan.Aggregation;
import id.kinerja.events.plan.CategoryPolicy;
import id.kinerja.events.plan.Direction;
import id.kinerja.events.plan.EfficiencyRule;
import id.kinerja.events.plan.IndicatorLevel;
import id.kinerja.events.plan.ObjectiveKind;
import id.kinerja.events.plan.OrganisationAverage;
import id.kinerja.events.plan.PredicateScale;
import id.kinerja.events.plan.RoundingMode;
import id.kinerja.events.plan.TargetValue;
import id.kinerja.events.plan.ValueType;
import id.kinerja.events.planning.IndicatorPayload;
import id.kinerja.events.planning.RenstraPayload;
import id.kinerja.events.planning.RuleSetPayload;
import id.kinerja.events.realisation.IndicatorRealisationPayload;
import id.kinerja.events.realisation.RealisationStatus;
import id.kinerja.testsupport.KinerjaTestResources;
import id.kinerja.testsupport.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.containsString;

/**
 * A late correction after publication: the stored figure changes, asOf an instant before it answers the old
 * value, the version history names the correction and the LKjIP's errata list the changed figure with the
 * published and current value and the correction that caused it.
 */
@QuarkusTest
class AsOfAndErrataTest {

    static final String T = "kota-asof";
    static final String A = "DINAS";
    static final String BASE = "/api/v1/tenants/" + T + "/agencies/" + A;
    static final String REALISATION = A + "/IKU-1/2024/Y";

    static <P> void send(EventType<P> type, String id, long version, EventPeriod period, P payload) {
        EventEnvelope e = EventEnvelope.of(type, T, id, version, period, payload);
        TopicProbe.send(KinerjaTestResources.kafka().bootstrapServers(), type.topic(), e.kafkaKey(), EventCodec.encode(e));
    }

    static IndicatorRealisationPayload annual(String value) {
        return new IndicatorRealisationPayload(A, "IKU-1", 2024, null, new BigDecimal(value), null, null, null, false,
                null, null, null, null, null, RealisationStatus.APPROVED, null, "test");
    }

    @Test
    void aLateCorrectionIsAnErratumAndAsOfAnswersTheFigureBeforeIt() throws Exception {
        send(EventCatalog.RULES_UPSERTED, "2024", 1, null, new RuleSetPayload(2024, 1, new PredicateScale("UJI", "t",
                List.of(new PredicateScale.Band("Berhasil", new BigDecimal("70"), true, null, false),
                        new PredicateScale.Band("Tidak Berhasil", null, false, new BigDecimal("70"), false))),
                EfficiencyRule.RATIO, RoundingMode.HALF_UP, 2, CategoryPolicy.REACHED_IS_100,
                new OrganisationAverage(OrganisationAverage.Mode.IKU, List.of())));
        send(EventCatalog.RENSTRA_UPSERTED, A + "/R", 1, null, new RenstraPayload(A, "R", null, 2024, 2024, null, 1,
                List.of(), List.of(new RenstraPayload.Objective(ObjectiveKind.SASARAN, "S1", null, "Sasaran"))));
        send(EventCatalog.INDICATOR_UPSERTED, A + "/R/IKU-1", 1, null, new IndicatorPayload(A, "R", "IKU-1",
                IndicatorLevel.SASARAN, "S1", "IKU 1", "%", null, null, null, null, null, Direction.HIGHER_IS_BETTER,
                null, null, Aggregation.CUMULATIVE, ValueType.NUMBER, List.of(), true, null, null,
                List.of(new TargetValue(2024, new BigDecimal("100"), null)), List.of()));
        send(EventCatalog.REALISATION_UPSERTED, REALISATION, 3, EventPeriod.year(2024), annual("90"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(BASE + "/dashboard/2024").then()
                .statusCode(200).body("sasaran[0].indicators[0].capaianPrinted", equalTo("90,00")));
        Instant beforeCorrection = Instant.now();
        given().post(BASE + "/lkjip/2024/publish").then().statusCode(201).body("publishedBy", equalTo("test-operator"));
        given().get(BASE + "/lkjip/2024/errata").then().statusCode(200).body("errata", hasSize(0));

        // the correction after approval and publication: 90 becomes 60, Berhasil becomes Tidak Berhasil
        Thread.sleep(5);
        send(EventCatalog.REALISATION_UPSERTED, REALISATION, 5, EventPeriod.year(2024), annual("60"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(BASE + "/dashboard/2024").then()
                .statusCode(200).body("sasaran[0].indicators[0].capaianPrinted", equalTo("60,00")));

        given().queryParam("asOf", beforeCorrection.toString()).get(BASE + "/dashboard/2024").then().statusCode(200)
                .body("sasaran[0].indicators[0].capaianPrinted", equalTo("90,00"))
                .body("sasaran[0].indicators[0].predicate", equalTo("Berhasil"));
        given().queryParam("asOf", beforeCorrection.toString()).get(BASE + "/lkjip/2024").then().statusCode(200)
                .body("chapterIII.sasaran[0].indicators[0].figures.capaianPrinted", equalTo("90,00"));
        given().queryParam("asOf", beforeCorrection.toString()).get("/api/v1/tenants/" + T + "/dashboard/2024").then()
                .statusCode(200).body("averagePrinted", equalTo("90,00"));
        given().get("/api/v1/tenants/" + T + "/dashboard/2024").then().body("averagePrinted", equalTo("60,00"));
        given().queryParam("asOf", "2000-01-01T00:00:00Z").get(BASE + "/dashboard/2024").then().statusCode(404);
        given().queryParam("asOf", "yesterday").get(BASE + "/dashboard/2024").then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));

        given().get(BASE + "/lkjip/2024/published").then().statusCode(200)
                .body("chapterIII.sasaran[0].indicators[0].figures.capaianPrinted", equalTo("90,00"));
        given().get(BASE + "/figures/2024/versions").then().statusCode(200)
                .body("[0].causedBy[0]", containsString("realisation " + REALISATION + " v5"));
        given().get(BASE + "/lkjip/2024/errata").then().statusCode(200)
                .body("errata.figure", hasItem("indicator IKU-1 capaian"))
                .body("errata.find { it.figure == 'indicator IKU-1 capaian' }.publishedValue", equalTo(90))
                .body("errata.find { it.figure == 'indicator IKU-1 capaian' }.currentValue", equalTo(60))
                .body("errata.find { it.figure == 'indicator IKU-1 predicate' }.currentValue", equalTo("Tidak Berhasil"))
                .body("errata.find { it.figure == 'indicator IKU-1 capaian' }.causedBy[0]",
                        containsString("realisation " + REALISATION + " v5"));
        // the late correction is also a finding
        given().get(BASE + "/dashboard/2024/findings").then()
                .body("type", hasItem("PREDICATE_CHANGED_BY_LATE_CORRECTION"));
        given().get("/api/v1/finding-types").then().statusCode(200)
                .body("code", hasItem("PREDICATE_CHANGED_BY_LATE_CORRECTION"))
                .body("find { it.code == 'SPENDING_ABOVE_PAGU' }.severity", equalTo("HIGH"));
    }
}
