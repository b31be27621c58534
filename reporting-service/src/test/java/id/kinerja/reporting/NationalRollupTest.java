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
import id.kinerja.events.planning.TenantPayload;
import id.kinerja.events.realisation.IndicatorRealisationPayload;
import id.kinerja.events.realisation.RealisationStatus;
import id.kinerja.testsupport.KinerjaTestResources;
import id.kinerja.testsupport.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * Three pemda in two provinces, one agency each with capaian 80, 90 and 40 (year 2019, used by no other test):
 * the national roll-up adds the provinces up from the stored pemda rows, and the current pemda, province and
 * national dashboards carry an ETag, answer 304 while nothing changed and the new figures soon after a change
 * (within max-stale: the old bytes are served while the new ones are built).
 */
@QuarkusTest
class NationalRollupTest {

    static final int YEAR = 2019;
    static final String NORTH = "Provinsi Utara Uji";
    static final String SOUTH = "Provinsi Selatan Uji";

    static <P> void send(String tenant, EventType<P> type, String id, long version, EventPeriod period, P payload) {
        EventEnvelope e = EventEnvelope.of(type, tenant, id, version, period, payload);
        TopicProbe.send(KinerjaTestResources.kafka().bootstrapServers(), type.topic(), e.kafkaKey(), EventCodec.encode(e));
    }

    static void pemda(String tenant, String province, String realisation) {
        send(tenant, EventCatalog.TENANT_UPSERTED, tenant, 1, null, new TenantPayload(tenant, "Pemerintah " + tenant,
                "KOTA", province));
        send(tenant, EventCatalog.RULES_UPSERTED, String.valueOf(YEAR), 1, null, new RuleSetPayload(YEAR, 1,
                new PredicateScale("UJI", "t", List.of(
                        new PredicateScale.Band("Berhasil", new BigDecimal("70"), true, null, false),
                        new PredicateScale.Band("Tidak Berhasil", null, false, new BigDecimal("70"), false))),
                EfficiencyRule.RATIO, RoundingMode.HALF_UP, 2, CategoryPolicy.REACHED_IS_100,
                new OrganisationAverage(OrganisationAverage.Mode.IKU, List.of())));
        send(tenant, EventCatalog.RENSTRA_UPSERTED, "DINAS/R", 1, null, new RenstraPayload("DINAS", "R", null, YEAR,
                YEAR, null, 1, List.of(), List.of(new RenstraPayload.Objective(ObjectiveKind.SASARAN, "S1", null,
                "Sasaran"))));
        send(tenant, EventCatalog.INDICATOR_UPSERTED, "DINAS/R/IKU-1", 1, null, new IndicatorPayload("DINAS", "R",
                "IKU-1", IndicatorLevel.SASARAN, "S1", "IKU 1", "%", null, null, null, null, null,
                Direction.HIGHER_IS_BETTER, null, null, Aggregation.CUMULATIVE, ValueType.NUMBER, List.of(), true, null,
                null, List.of(new TargetValue(YEAR, new BigDecimal("100"), null)), List.of()));
        realise(tenant, 1, realisation);
    }

    static void realise(String tenant, long version, String value) {
        send(tenant, EventCatalog.REALISATION_UPSERTED, "DINAS/IKU-1/" + YEAR + "/Y", version, EventPeriod.year(YEAR),
                new IndicatorRealisationPayload("DINAS", "IKU-1", YEAR, null, new BigDecimal(value), null, null, null,
                        false, null, null, null, null, null, RealisationStatus.APPROVED, null, "test"));
    }

    static String national() {
        return "/api/v1/national/dashboard/" + YEAR;
    }

    @Test
    void theNationAddsUpItsProvincesAndEveryLevelAnswers304UntilAFigureChanges() {
        pemda("kota-nas-a", NORTH, "80");
        pemda("kota-nas-b", NORTH, "90");
        pemda("kota-nas-c", SOUTH, "40");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get(national()).then().statusCode(200)
                .body("agencies", equalTo(3), "pemda", equalTo(3), "averagePrinted", equalTo("70,00"))
                .body("provinces.find { it.province == '" + NORTH + "' }.averagePrinted", equalTo("85,00"))
                .body("provinces.find { it.province == '" + NORTH + "' }.pemda", equalTo(2))
                .body("provinces.find { it.province == '" + SOUTH + "' }.averagePrinted", equalTo("40,00"))
                .body("predicateDistribution.Berhasil", equalTo(2), "predicateDistribution.'Tidak Berhasil'", equalTo(1)));
        given().get("/api/v1/provinces/" + NORTH + "/dashboard/" + YEAR).then().statusCode(200)
                .body("averagePrinted", equalTo("85,00"));

        String pemda = "/api/v1/tenants/kota-nas-a/dashboard/" + YEAR;
        String province = "/api/v1/provinces/" + NORTH + "/dashboard/" + YEAR;
        String pemdaTag = given().get(pemda).then().statusCode(200).extract().header("ETag");
        String provinceTag = given().get(province).then().statusCode(200).extract().header("ETag");
        String nationalTag = given().get(national()).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", pemdaTag).get(pemda).then().statusCode(304);
        given().header("If-None-Match", "\"other\", W/" + provinceTag).get(province).then().statusCode(304);
        given().header("If-None-Match", nationalTag).get(national()).then().statusCode(304);
        given().header("If-None-Match", nationalTag).get(national() + "?through=2").then().statusCode(200);

        realise("kota-nas-a", 2, "20"); // North: (20 + 90) / 2 = 55; the nation: (20 + 90 + 40) / 3 = 50
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("If-None-Match", pemdaTag)
                .get(pemda).then().statusCode(200).header("ETag", not(equalTo(pemdaTag)))
                .body("averagePrinted", equalTo("20,00")));
        // the roll-ups above it are rebuilt in the background; until then (at most max-stale) the old bytes
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> given().header("If-None-Match", provinceTag)
                .get(province).then().statusCode(200).body("averagePrinted", equalTo("55,00")));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> given().header("If-None-Match", nationalTag)
                .get(national()).then().statusCode(200)
                .body("averagePrinted", equalTo("50,00"))
                .body("provinces.find { it.province == '" + SOUTH + "' }.averagePrinted", equalTo("40,00")));
    }
}
