package id.kinerja.reporting;

import id.kinerja.events.EventCatalog;
import id.kinerja.events.EventCodec;
import id.kinerja.events.EventEnvelope;
import id.kinerja.events.EventPeriod;
import id.kinerja.events.EventType;
import id.kinerja.events.Topics;
import id.kinerja.events.plan.Aggregation;
import id.kinerja.events.plan.BudgetLevel;
import id.kinerja.events.plan.BudgetVersion;
import id.kinerja.events.plan.CategoryPolicy;
import id.kinerja.events.plan.Direction;
import id.kinerja.events.plan.EfficiencyRule;
import id.kinerja.events.plan.IndicatorLevel;
import id.kinerja.events.plan.ObjectiveKind;
import id.kinerja.events.plan.OrganisationAverage;
import id.kinerja.events.plan.Pagu;
import id.kinerja.events.plan.PkContent;
import id.kinerja.events.plan.PkParty;
import id.kinerja.events.plan.PkStatus;
import id.kinerja.events.plan.PkVersionKind;
import id.kinerja.events.plan.PredicateScale;
import id.kinerja.events.plan.RoundingMode;
import id.kinerja.events.plan.TargetValue;
import id.kinerja.events.plan.ReferenceValue;
import id.kinerja.events.plan.ValueType;
import id.kinerja.events.planning.BudgetNodePayload;
import id.kinerja.events.planning.IndicatorPayload;
import id.kinerja.events.planning.PkPayload;
import id.kinerja.events.planning.RenstraPayload;
import id.kinerja.events.planning.RuleSetPayload;
import id.kinerja.events.realisation.BudgetRealisationPayload;
import id.kinerja.events.realisation.IndicatorRealisationPayload;
import id.kinerja.events.realisation.RealisationStatus;
import id.kinerja.testsupport.KinerjaTestResources;
import id.kinerja.testsupport.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** The Dumai 2024 IKU, delivered as events, give the report's correct figures (Tabel III.3, III.8). */
@QuarkusTest
class DashboardTest {

    static final String T = "kota-dumai-dash";
    static final String A = "DISNAKER";
    static final String URL = "/api/v1/tenants/" + T + "/agencies/" + A + "/dashboard/2024";

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    static <P> void send(EventType<P> type, String id, long version, EventPeriod period, P payload) {
        send(T, type, id, version, period, payload);
    }

    static <P> void send(String tenant, EventType<P> type, String id, long version, EventPeriod period, P payload) {
        EventEnvelope e = EventEnvelope.of(type, tenant, id, version, period, payload);
        TopicProbe.send(KinerjaTestResources.kafka().bootstrapServers(), type.topic(), e.kafkaKey(), EventCodec.encode(e));
    }

    static IndicatorPayload iku(String code, String sasaran, String target) {
        return new IndicatorPayload(A, "2021-2026", code, IndicatorLevel.SASARAN, sasaran, "Indicator " + code, "%",
                null, null, null, null, null, Direction.HIGHER_IS_BETTER, null, null, Aggregation.RATIO_OF_SUMS,
                ValueType.PERCENTAGE, List.of(), true, null, null, List.of(new TargetValue(2024, d(target), null)),
                List.of(new ReferenceValue(2024, ReferenceValue.Scope.NATIONAL, d("8"), "BPS (test)")));
    }

    static IndicatorRealisationPayload annual(String code, String value, RealisationStatus status) {
        return new IndicatorRealisationPayload(A, code, 2024, null, d(value), null, null, null, false, null, null,
                null, null, null, status, null, "test");
    }

    @BeforeAll
    static void events() { // also ExportTest's data
        events(T);
    }

    /** The fixture for a tenant (DocumentTest loads it under its own tenant). */
    static void events(String tenant) {
        send(tenant, EventCatalog.RULES_UPSERTED, "2024", 1, null, new RuleSetPayload(2024, 1,
                new PredicateScale("DUMAI-ATRIBUT", "Tabel III.2", List.of(
                        new PredicateScale.Band("Sangat Berhasil", d("85"), true, null, false),
                        new PredicateScale.Band("Berhasil", d("70"), true, d("85"), false),
                        new PredicateScale.Band("Cukup Berhasil", d("55"), true, d("70"), false),
                        new PredicateScale.Band("Tidak Berhasil", null, false, d("55"), false))),
                EfficiencyRule.RATIO, RoundingMode.HALF_UP, 2, CategoryPolicy.REACHED_IS_100,
                new OrganisationAverage(OrganisationAverage.Mode.IKU, List.of())));
        send(tenant, EventCatalog.RENSTRA_UPSERTED, A + "/2021-2026", 1, null, new RenstraPayload(A, "2021-2026", null, 2021,
                2026, null, 1, List.of(), List.of(
                new RenstraPayload.Objective(ObjectiveKind.TUJUAN, "DM-T1", null, "Kesempatan kerja"),
                new RenstraPayload.Objective(ObjectiveKind.SASARAN, "DM-S1", "DM-T1", "Tenaga kerja kompeten"),
                new RenstraPayload.Objective(ObjectiveKind.SASARAN, "DM-S2", "DM-T1", "Situasi kerja kondusif"))));
        send(tenant, EventCatalog.INDICATOR_UPSERTED, A + "/2021-2026/DM-IKU-1", 1, null, iku("DM-IKU-1", "DM-S1", "10"));
        send(tenant, EventCatalog.INDICATOR_UPSERTED, A + "/2021-2026/DM-IKU-2", 1, null, iku("DM-IKU-2", "DM-S1", "10"));
        // the Renstra says 20 for IKU-3; the PK amendment below keeps 20
        send(tenant, EventCatalog.INDICATOR_UPSERTED, A + "/2021-2026/DM-IKU-3", 1, null, iku("DM-IKU-3", "DM-S2", "20"));
        PkContent content = new PkContent(List.of(new PkContent.Indicator("DM-IKU-1", d("10"), null),
                new PkContent.Indicator("DM-IKU-2", d("10"), null), new PkContent.Indicator("DM-IKU-3", d("20"), null)),
                List.of(), null);
        send(tenant, EventCatalog.PK_UPSERTED, A + "/2024/PK-KADIS", 2, EventPeriod.year(2024), new PkPayload(A, 2024,
                "PK-KADIS", null, new PkParty(null, "Kepala Dinas", "Kepala Dinas", null),
                new PkParty(null, "Wali Kota", "Wali Kota", null), null, PkStatus.SIGNED, 2, List.of(
                new PkPayload.Version(1, PkVersionKind.ORIGINAL, LocalDate.of(2024, 2, 1), null, null, content),
                new PkPayload.Version(2, PkVersionKind.AMENDMENT, LocalDate.of(2024, 9, 25), "DPPA", null, content))));
        send(tenant, EventCatalog.BUDGET_NODE_UPSERTED, A + "/2024/2.07.03", 1, EventPeriod.year(2024), new BudgetNodePayload(A,
                2024, BudgetLevel.PROGRAM, "2.07.03", null, "Program Pelatihan Kerja", "DM-S1", List.of(), List.of(),
                List.of(new id.kinerja.events.plan.ReportedTotal(BudgetVersion.DPPA, d("95000000"), "Tabel III.10"))));
        send(tenant, EventCatalog.BUDGET_NODE_UPSERTED, A + "/2024/2.07.03.2.01", 1, EventPeriod.year(2024),
                new BudgetNodePayload(A, 2024, BudgetLevel.KEGIATAN, "2.07.03.2.01", "2.07.03", "Kegiatan", "DM-S1",
                        List.of(), List.of(), List.of()));
        send(tenant, EventCatalog.BUDGET_NODE_UPSERTED, A + "/2024/2.07.03.2.01.0001", 1, EventPeriod.year(2024),
                new BudgetNodePayload(A, 2024, BudgetLevel.SUB_KEGIATAN, "2.07.03.2.01.0001", "2.07.03.2.01",
                        "Sub-kegiatan", "DM-S1", List.of(), List.of(new Pagu(BudgetVersion.DPA, d("150000000"), null, null),
                        new Pagu(BudgetVersion.DPPA, d("100000000"), null, null)), List.of()));
        send(tenant, EventCatalog.REALISATION_UPSERTED, A + "/DM-IKU-1/2024/Y", 4, EventPeriod.year(2024),
                annual("DM-IKU-1", "4.59", RealisationStatus.APPROVED));
        send(tenant, EventCatalog.REALISATION_UPSERTED, A + "/DM-IKU-2/2024/Y", 4, EventPeriod.year(2024),
                annual("DM-IKU-2", "20.26", RealisationStatus.APPROVED));
        send(tenant, EventCatalog.REALISATION_UPSERTED, A + "/DM-IKU-3/2024/Y", 2, EventPeriod.year(2024),
                annual("DM-IKU-3", "40.62", RealisationStatus.SUBMITTED));
        send(tenant, EventCatalog.BUDGET_REALISATION_UPSERTED, A + "/2.07.03.2.01.0001/2024/4", 4, EventPeriod.quarter(2024, 4),
                new BudgetRealisationPayload(A, "2.07.03.2.01.0001", 2024, 4, d("96685000"), d("100"), null,
                        RealisationStatus.APPROVED, null, "test"));
    }

    @Test
    void officialFiguresAsTheReportShouldHavePrintedThem() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(URL).then().statusCode(200)
                .body("budget.spent", equalTo(96685000)));
        given().get(URL).then().statusCode(200)
                .body("rules.predicateScale", equalTo("DUMAI-ATRIBUT"))
                .body("sasaran[0].indicators[0].capaian", equalTo(45.90f))
                .body("sasaran[0].indicators[0].capaianPrinted", equalTo("45,90"))
                .body("sasaran[0].indicators[0].predicate", equalTo("Tidak Berhasil"))
                .body("sasaran[0].indicators[0].targetSource", equalTo("PK PK-KADIS version 2"))
                .body("sasaran[0].indicators[1].capaian", equalTo(202.60f))
                .body("sasaran[0].indicators[1].predicate", equalTo("Sangat Berhasil"))
                // IKU-3 is only SUBMITTED: not official yet
                .body("sasaran[1].indicators[0].capaian", nullValue())
                .body("sasaran[1].indicators[0].notComputable", equalTo("no realisation"))
                .body("budget.pagu", equalTo(100000000), "budget.paguVersion", equalTo("DPPA"))
                .body("budget.absorption", equalTo(96.69f))
                // DM-S1: mean capaian (45,9 + 202,6) / 2 = 124,25 against serapan 96,685 -> 128,51
                .body("sasaran[0].efficiency.value", equalTo(128.51f), "sasaran[0].efficiency.verdict", equalTo("Efisien"))
                .body("organisationAverage.printed", equalTo("124,25"));
    }

    @Test
    void allSubmittedDataOnRequest() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("official", false).get(URL)
                .then().statusCode(200).body("sasaran[1].indicators[0].capaian", equalTo(203.10f)));
        // the mean of the three PK IKU, as the report computes it: 150,53
        given().queryParam("official", false).get(URL).then().body("organisationAverage.printed", equalTo("150,53"));
    }

    @Test
    void pemdaDashboardSumsItsAgencies() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/tenants/" + T + "/dashboard/2024")
                .then().statusCode(200)
                .body("agencies[0].agency", equalTo(A), "agencies[0].averagePrinted", equalTo("124,25"))
                .body("predicateDistribution.'Sangat Berhasil'", equalTo(1), "predicateDistribution.'Tidak Berhasil'", equalTo(1))
                .body("pagu", equalTo(100000000), "absorption", equalTo(96.69f), "averagePrinted", equalTo("124,25")));
    }

    @Test
    void findingsNameTheRecordsAndTheNumbers() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(URL + "/findings")
                .then().statusCode(200)
                .body("find { it.type == 'REPORTED_TOTAL_DIFFERS' }.numbers.reported", equalTo(95000000))
                .body("find { it.type == 'REPORTED_TOTAL_DIFFERS' }.numbers.computed", equalTo(100000000))
                .body("find { it.type == 'REPORTED_TOTAL_DIFFERS' }.records[0]", containsString("2.07.03")));
    }

    @Test
    void replayRebuildsIdenticalFigures() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(URL).then().statusCode(200)
                .body("budget.spent", equalTo(96685000)));
        String before = given().queryParam("official", false).get(URL).then().extract().asString();
        given().post("/api/v1/admin/replay").then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/api/v1/admin/replay")
                .then().statusCode(200).body("state", equalTo("DONE")));
        org.assertj.core.api.Assertions.assertThat(given().queryParam("official", false).get(URL).then().extract()
                .asString()).isEqualTo(before);
    }

    @Test
    void lkjipSummaryHasBothChaptersAndAVersionStamp() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .get("/api/v1/tenants/" + T + "/agencies/" + A + "/lkjip/2024").then().statusCode(200)
                .body("version", org.hamcrest.Matchers.notNullValue())
                .body("chapterII.renstra.tujuan[0].sasaran[0].indicators[0].code", equalTo("DM-IKU-1"))
                .body("chapterII.perjanjianKinerja[0].versions[1].kind", equalTo("AMENDMENT"))
                .body("chapterII.perjanjianKinerja[0].versions[1].dated", equalTo("2024-09-25"))
                .body("chapterIII.sasaran[0].indicators[1].figures.capaianPrinted", equalTo("202,60"))
                .body("chapterIII.sasaran[0].indicators[1].comparison.renstraYearTarget", equalTo(10))
                // a national reference of 8 %: IKU-2's 20,26 is 253,25 % of it
                .body("chapterIII.sasaran[0].indicators[1].comparison.references[0].scope", equalTo("NATIONAL"))
                .body("chapterIII.sasaran[0].indicators[1].comparison.references[0].relativePrinted", equalTo("253,25"))
                .body("chapterIII.budget.absorptionPrinted", equalTo("96,69"))
                // RFK: the program from its sub-kegiatan, spent in quarter 4, % keuangan and % fisik (weighted by pagu)
                .body("chapterIII.rfk.find { it.code == '2.07.03' }.pagu", equalTo(100000000))
                .body("chapterIII.rfk.find { it.code == '2.07.03' }.quarters[3]", equalTo(96685000))
                .body("chapterIII.rfk.find { it.code == '2.07.03' }.pctKeuangan", equalTo(96.69f))
                .body("chapterIII.rfk.find { it.code == '2.07.03' }.pctFisik", equalTo(100.0f))
                .body("chapterIII.rfk.find { it.level == 'TOTAL' }.sisa", equalTo(3315000))
                .body("findings.type", org.hamcrest.Matchers.hasItem("REPORTED_TOTAL_DIFFERS")));
    }

    @Test
    void changedFiguresAreAnnouncedOnTheTopicTheStreamAndMeasured() throws Exception {
        TopicProbe.await(KinerjaTestResources.kafka().bootstrapServers(), Topics.REPORTING_FIGURES,
                r -> r.key().equals(T + ":figures:" + A + "/2024"), 1, Duration.ofSeconds(30));

        var client = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        var lines = client.sendAsync(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + "/api/v1/tenants/"
                                + T + "/figures/stream")).header("Authorization", "Bearer " + id.kinerja.testsupport.DevTokens
                        .mint(id.kinerja.testsupport.DevTokens.Claims.person("portal", "viewer", T))).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofLines())
                .get(10, java.util.concurrent.TimeUnit.SECONDS).body();
        Thread.sleep(500);
        send(EventCatalog.REALISATION_UPSERTED, A + "/DM-IKU-1/2024/Y", 5, EventPeriod.year(2024),
                annual("DM-IKU-1", "4.59", RealisationStatus.APPROVED));
        String data = java.util.concurrent.CompletableFuture.supplyAsync(() -> lines
                        .filter(l -> l.startsWith("data:")).findFirst().orElse(""))
                .get(30, java.util.concurrent.TimeUnit.SECONDS);
        org.assertj.core.api.Assertions.assertThat(data).contains("\"causeAggregateId\":\"" + A + "/DM-IKU-1/2024/Y\"");
        // the figures version the change produced (an agency-year with figures has one from 1 up)
        org.assertj.core.api.Assertions.assertThat(data).containsPattern("\"figuresVersion\":[1-9]");
        given().get("/q/metrics").then().body(containsString("kinerja_figures_freshness_seconds"));
    }

    @Test
    void aLateCorrectionThatCrossesAPredicateBoundaryIsAFinding() {
        String late = "LATE";
        send(EventCatalog.RENSTRA_UPSERTED, late + "/2021-2026", 1, null, new RenstraPayload(late, "2021-2026", null,
                2021, 2026, null, 1, List.of(), List.of(
                new RenstraPayload.Objective(ObjectiveKind.SASARAN, "L-S1", null, "Sasaran"))));
        send(EventCatalog.INDICATOR_UPSERTED, late + "/2021-2026/L-1", 1, null, new IndicatorPayload(late, "2021-2026",
                "L-1", IndicatorLevel.SASARAN, "L-S1", "Indicator L-1", "%", null, null, null, null, null,
                Direction.HIGHER_IS_BETTER, null, null, Aggregation.LAST_VALUE, ValueType.PERCENTAGE, List.of(), true,
                null, null, List.of(new TargetValue(2024, d("10"), null)), List.of()));
        send(EventCatalog.INDICATOR_UPSERTED, late + "/2021-2026/L-2", 1, null, new IndicatorPayload(late, "2021-2026",
                "L-2", IndicatorLevel.SASARAN, "L-S1", "Indicator L-2", "%", null, null, null, null, null,
                Direction.HIGHER_IS_BETTER, null, null, Aggregation.LAST_VALUE, ValueType.PERCENTAGE, List.of(), true,
                null, null, List.of(new TargetValue(2024, d("50"), null)), List.of()));
        send(EventCatalog.REALISATION_UPSERTED, late + "/L-2/2024/Y", 3, EventPeriod.year(2024),
                new IndicatorRealisationPayload(late, "L-2", 2024, null, d("40"), null, null, null, false, null, null,
                        null, null, null, RealisationStatus.APPROVED, null, "test"));
        // approved at 4,59 (45,9 %: Tidak Berhasil), then corrected and approved again at 9 (90 %: Sangat Berhasil)
        send(EventCatalog.REALISATION_UPSERTED, late + "/L-1/2024/Y", 4, EventPeriod.year(2024),
                new IndicatorRealisationPayload(late, "L-1", 2024, null, d("4.59"), null, null, null, false, null, null,
                        null, null, null, RealisationStatus.APPROVED, null, "test"));
        String dashboard = "/api/v1/tenants/" + T + "/agencies/" + late + "/dashboard/2024";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(dashboard).then()
                .body("sasaran[0].indicators.find { it.code == 'L-1' }.capaianPrinted", equalTo("45,90"))
                .body("sasaran[0].indicators.find { it.code == 'L-2' }.capaianPrinted", equalTo("80,00")));
        Object l2Before = given().get(dashboard).then().extract().path("sasaran[0].indicators.find { it.code == 'L-2' }");
        send(EventCatalog.REALISATION_UPSERTED, late + "/L-1/2024/Y", 8, EventPeriod.year(2024),
                new IndicatorRealisationPayload(late, "L-1", 2024, null, d("9"), null, null, null, false, null, null,
                        null, null, null, RealisationStatus.APPROVED, null, "test"));
        // the correction changes L-1 and the average it enters, and nothing of L-2
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(dashboard).then()
                .body("sasaran[0].indicators.find { it.code == 'L-1' }.capaianPrinted", equalTo("90,00"))
                .body("organisationAverage.printed", equalTo("85,00")));
        org.assertj.core.api.Assertions.assertThat((Object) given().get(dashboard).then().extract()
                .path("sasaran[0].indicators.find { it.code == 'L-2' }")).isEqualTo(l2Before);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .get("/api/v1/tenants/" + T + "/agencies/" + late + "/dashboard/2024/findings").then().statusCode(200)
                .body("find { it.type == 'PREDICATE_CHANGED_BY_LATE_CORRECTION' }.numbers.approvedPredicate",
                        equalTo("Tidak Berhasil"))
                .body("find { it.type == 'PREDICATE_CHANGED_BY_LATE_CORRECTION' }.numbers.correctedPredicate",
                        equalTo("Sangat Berhasil"))
                .body("find { it.type == 'PREDICATE_CHANGED_BY_LATE_CORRECTION' }.records[0]",
                        equalTo("realisation " + late + "/L-1/2024/Y v4 -> v8")));
    }

    @Test
    void explainShowsTheWorkedCalculation() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(URL + "/indicators/DM-IKU-2/explain")
                .then().statusCode(200)
                .body("capaian.formula", equalTo("realisasi / target × 100"))
                .body("capaian.substituted", equalTo("20.26 / 10 × 100"))
                .body("printed", equalTo("202,60"))
                .body("targetSource", containsString("PK-KADIS"))
                .body("realisations[0].version", equalTo(4))
                .body("rules.rounding", equalTo("HALF_UP 2")));
    }
}
