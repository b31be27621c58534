package id.kinerja.reporting.monitoring;

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
import id.kinerja.events.plan.QuarterMode;
import id.kinerja.events.plan.Quarters;
import id.kinerja.events.plan.RoundingMode;
import id.kinerja.events.plan.TargetValue;
import id.kinerja.events.plan.ValueType;
import id.kinerja.events.planning.BudgetNodePayload;
import id.kinerja.events.planning.IndicatorPayload;
import id.kinerja.events.planning.PkPayload;
import id.kinerja.events.planning.QuarterlyTargetPayload;
import id.kinerja.events.planning.RenstraPayload;
import id.kinerja.events.planning.ReportingCalendarPayload;
import id.kinerja.events.planning.RuleSetPayload;
import id.kinerja.events.planning.TenantPayload;
import id.kinerja.events.realisation.BudgetRealisationPayload;
import id.kinerja.events.realisation.EvaluationPayload;
import id.kinerja.events.realisation.IndicatorRealisationPayload;
import id.kinerja.events.realisation.RealisationStatus;
import id.kinerja.testsupport.KinerjaTestResources;
import id.kinerja.testsupport.TopicProbe;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * A year walked quarter by quarter for a Disnaker shaped like the seed agency (2023 realised, 2024 under way),
 * moving the clock: compliance changes as deadlines pass, warnings appear and clear, and the deadline-missed
 * event is emitted once per agency-quarter-kind.
 */
@QuarkusTest
class MonitoringWalkTest {

    static final String T = "kota-pantau";
    static final String A = "DISNAKER";
    static final String PROVINCE = "Riau Pantau";
    static final String SK = "2.07.03.2.01.0001";
    static final String URL = "/api/v1/tenants/" + T + "/agencies/" + A + "/monitoring/2024";

    @Inject
    DeadlineCheck deadlines;

    final MutableClock clock = new MutableClock(wib("2024-04-10T09:00"));

    static Instant wib(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ReportingCalendar.ZONE).toInstant();
    }

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    static <P> void send(EventType<P> type, String id, long version, EventPeriod period, Instant at, P payload) {
        EventEnvelope e = new EventEnvelope(UUID.randomUUID(), type.name(), type.schemaVersion(), T, type.aggregateType(),
                id, version, at, period, EventCodec.toTree(payload));
        TopicProbe.send(KinerjaTestResources.kafka().bootstrapServers(), type.topic(), e.kafkaKey(), EventCodec.encode(e));
    }

    static void indicatorValue(String code, int year, int quarter, String value, RealisationStatus status, Instant at,
                               long version) {
        send(EventCatalog.REALISATION_UPSERTED, A + "/" + code + "/" + year + "/" + quarter, version,
                EventPeriod.quarter(year, quarter), at, new IndicatorRealisationPayload(A, code, year, quarter, d(value),
                        null, null, null, false, null, null, null, null, null, status, null, "test"));
    }

    static void spending(int year, int quarter, String amount, String fisik, RealisationStatus status, Instant at) {
        send(EventCatalog.BUDGET_REALISATION_UPSERTED, A + "/" + SK + "/" + year + "/" + quarter, 1,
                EventPeriod.quarter(year, quarter), at, new BudgetRealisationPayload(A, SK, year, quarter, d(amount),
                        d(fisik), null, status, null, "test"));
    }

    static IndicatorPayload indicator(String code, Aggregation aggregation, ValueType type, String target) {
        return new IndicatorPayload(A, "2021-2026", code, IndicatorLevel.SASARAN, "DM-S1", "Indikator " + code, "orang",
                null, null, null, null, null, Direction.HIGHER_IS_BETTER, null, null, aggregation, type, List.of(), true,
                null, null, List.of(new TargetValue(2023, d(target), null), new TargetValue(2024, d(target), null)),
                List.of());
    }

    void plan() {
        Instant at = wib("2024-01-10T09:00");
        send(EventCatalog.TENANT_UPSERTED, T, 1, null, at, new TenantPayload(T, "Pemerintah Kota Pantau", "KOTA", PROVINCE));
        send(EventCatalog.CALENDAR_UPSERTED, "calendar", 1, null, at, new ReportingCalendarPayload("TENANT", PROVINCE, 1,
                new ReportingCalendarPayload.Deadlines(15, 20, 25), new ReportingCalendarPayload.Deadlines(15, 20, 25),
                ReportingCalendarPayload.DEFAULT_THRESHOLDS));
        send(EventCatalog.RULES_UPSERTED, "2020", 1, EventPeriod.year(2020), at, new RuleSetPayload(2020, 1,
                new PredicateScale("UJI", "uji", List.of(
                        new PredicateScale.Band("Sangat Baik", d("90"), true, null, false),
                        new PredicateScale.Band("Baik", d("70"), true, d("90"), false),
                        new PredicateScale.Band("Kurang", null, false, d("70"), false))),
                EfficiencyRule.RATIO, RoundingMode.HALF_UP, 2, CategoryPolicy.REACHED_IS_100,
                new OrganisationAverage(OrganisationAverage.Mode.IKU, List.of())));
        send(EventCatalog.RENSTRA_UPSERTED, A + "/2021-2026", 1, null, at, new RenstraPayload(A, "2021-2026", null, 2021,
                2026, null, 1, List.of(), List.of(
                new RenstraPayload.Objective(ObjectiveKind.TUJUAN, "DM-T1", null, "Kesempatan kerja"),
                new RenstraPayload.Objective(ObjectiveKind.SASARAN, "DM-S1", "DM-T1", "Tenaga kerja kompeten"))));
        send(EventCatalog.INDICATOR_UPSERTED, A + "/2021-2026/IKU-1", 1, null, at,
                indicator("IKU-1", Aggregation.CUMULATIVE, ValueType.NUMBER, "100"));
        send(EventCatalog.INDICATOR_UPSERTED, A + "/2021-2026/IKU-2", 1, null, at,
                indicator("IKU-2", Aggregation.LAST_VALUE, ValueType.PERCENTAGE, "80"));
        PkContent content = new PkContent(List.of(new PkContent.Indicator("IKU-1", d("100"), null),
                new PkContent.Indicator("IKU-2", d("80"), null)), List.of(), null);
        send(EventCatalog.PK_UPSERTED, A + "/2024/PK-KADIS", 1, EventPeriod.year(2024), at, new PkPayload(A, 2024,
                "PK-KADIS", null, new PkParty(null, "Kepala Dinas", "Kepala Dinas", null),
                new PkParty(null, "Wali Kota", "Wali Kota", null), null, PkStatus.SIGNED, 1, List.of(
                new PkPayload.Version(1, PkVersionKind.ORIGINAL, LocalDate.of(2024, 2, 1), null, null, content))));
        send(EventCatalog.QUARTERLY_TARGET_UPSERTED, A + "/2024/PK-KADIS/IKU-1", 1, EventPeriod.year(2024), at,
                new QuarterlyTargetPayload(A, 2024, "PK-KADIS", "IKU-1", QuarterMode.INCREMENTAL,
                        new Quarters(d("20"), d("30"), d("30"), d("20"))));
        send(EventCatalog.BUDGET_NODE_UPSERTED, A + "/2024/2.07.03", 1, EventPeriod.year(2024), at, new BudgetNodePayload(A,
                2024, BudgetLevel.PROGRAM, "2.07.03", null, "Program Pelatihan Kerja", "DM-S1", List.of(), List.of(), List.of()));
        send(EventCatalog.BUDGET_NODE_UPSERTED, A + "/2024/2.07.03.2.01", 1, EventPeriod.year(2024), at,
                new BudgetNodePayload(A, 2024, BudgetLevel.KEGIATAN, "2.07.03.2.01", "2.07.03", "Kegiatan", "DM-S1",
                        List.of(), List.of(), List.of()));
        send(EventCatalog.BUDGET_NODE_UPSERTED, A + "/2024/" + SK, 1, EventPeriod.year(2024), at,
                new BudgetNodePayload(A, 2024, BudgetLevel.SUB_KEGIATAN, SK, "2.07.03.2.01", "Sub-kegiatan", "DM-S1",
                        List.of(), List.of(new Pagu(BudgetVersion.DPA, d("100000000"), null, null)), List.of()));
        // the AKIP evaluation of 2023 (done in March 2024): one recommendation due end of June, one mid-July
        send(EventCatalog.EVALUATION_UPSERTED, A + "/2023", 1, EventPeriod.year(2023), at, new EvaluationPayload(A,
                2023, "Inspektorat Kota Pantau", null, LocalDate.of(2024, 3, 28), d("62.15"), "B", List.of(
                new EvaluationPayload.Recommendation("R1", "Selaraskan IKU PK dengan Renstra", LocalDate.of(2024, 6, 30),
                        EvaluationPayload.Status.OPEN, List.of()),
                new EvaluationPayload.Recommendation("R2", "Bangun sistem data kinerja", LocalDate.of(2024, 7, 18),
                        EvaluationPayload.Status.IN_PROGRESS, List.of(new EvaluationPayload.FollowUp("f1", "Rapat", null,
                        null, null, LocalDate.of(2024, 5, 2), EvaluationPayload.Status.IN_PROGRESS, "operator"))))));
        // the earlier year: how 2023 went from quarter to quarter
        String[] iku1 = {"20", "25", "30", "25"};
        String[] iku2 = {"60", "65", "70", "78"};
        String[] spent = {"30000000", "20000000", "30000000", "15000000"};
        for (int q = 1; q <= 4; q++) {
            Instant then = wib(String.format("2023-%02d-28T09:00", q * 3));
            indicatorValue("IKU-1", 2023, q, iku1[q - 1], RealisationStatus.APPROVED, then, 3);
            indicatorValue("IKU-2", 2023, q, iku2[q - 1], RealisationStatus.APPROVED, then, 3);
            spending(2023, q, spent[q - 1], String.valueOf(q * 25), RealisationStatus.APPROVED, then);
        }
    }

    ValidatableResponse monitoring() {
        return given().get(URL).then().statusCode(200);
    }

    void eventually(Consumer<ValidatableResponse> check) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            given().get(URL).then().statusCode(200);
            check.accept(monitoring());
        });
    }

    /** Every deadline-missed event of this tenant on the topic so far (read to the end, no waiting). */
    static List<String> deadlineEvents() {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                KinerjaTestResources.kafka().bootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG, "walk-" + UUID.randomUUID(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<String> keys = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.REPORTING_MONITORING, Duration.ofSeconds(10))
                    .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.key().startsWith(T + ":")) {
                        keys.add(r.key());
                    }
                }
            }
        }
        return keys;
    }

    @Test
    void aYearQuarterByQuarter() throws Exception {
        QuarkusMock.installMockForType(clock, Clock.class);
        plan();
        // 10 April: Q1 is over, its deadline (15 April) not yet; one indicator is in
        indicatorValue("IKU-1", 2024, 1, "10", RealisationStatus.SUBMITTED, wib("2024-04-08T10:00"), 1);
        // planning events arrive across partitions in any order: wait until every input is in
        eventually(r -> r.body("compliance[0].indicator.submitted", equalTo(1))
                .body("calendar.source", equalTo("TENANT"))
                .body("compliance[0].indicator.status", equalTo("OPEN"))
                .body("compliance[0].budget.status", equalTo("OPEN"))
                .body("compliance[0].indicator.steps[0].deadline", equalTo("2024-04-15"))
                // 10 of a planned 20 by Q1: along the rencana aksi 10 × 100 / 20 = 50; 2023 went ×5 from Q1 too
                .body("projections.find { it.indicator == 'IKU-1' }.projected", equalTo(50))
                .body("projections.find { it.indicator == 'IKU-1' }.low", equalTo(50))
                .body("projections.find { it.indicator == 'IKU-1' }.projectedPredicate", equalTo("Kurang"))
                .body("projections.find { it.indicator == 'IKU-2' }.notComputable", equalTo("no quarter reported yet"))
                .body("warnings.type", hasItem("PROJECTED_TO_MISS_TARGET"))
                .body("warnings.type", hasItem("BEHIND_RENCANA_AKSI"))
                .body("warnings.type", not(hasItem("NO_DATA_FOR_CLOSED_QUARTER"))));
        assertThat(deadlineEvents()).isEmpty();

        // 16 April: the submission deadline passed with IKU-2 and the spending missing
        clock.set(wib("2024-04-16T01:00"));
        deadlines.run(); // (the scheduled check may have been first: either recomputes)
        monitoring().body("compliance[0].indicator.status", equalTo("PARTIAL"))
                .body("compliance[0].indicator.missing", equalTo(List.of("IKU-2")))
                .body("compliance[0].budget.status", equalTo("MISSING"))
                .body("warnings.type", hasItem("NO_DATA_FOR_CLOSED_QUARTER"));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).until(() -> deadlineEvents().size() == 2);
        assertThat(deadlineEvents()).containsExactlyInAnyOrder(T + ":monitoring-deadline:" + A + "/2024/Q1/INDICATOR",
                T + ":monitoring-deadline:" + A + "/2024/Q1/BUDGET");
        deadlines.run();
        given().get("/api/v1/tenants/" + T + "/monitoring/2024").then().statusCode(200)
                .body("overdue.agency", hasItem(A))
                .body("quarters[0].agenciesDue", equalTo(1))
                .body("ranking[0].agency", equalTo(A));

        // 17 April: the rest of Q1 comes in, late; spending far below 2023's pace (30 of 95 by Q1)
        clock.set(wib("2024-04-17T10:00"));
        indicatorValue("IKU-2", 2024, 1, "62", RealisationStatus.SUBMITTED, wib("2024-04-17T10:00"), 1);
        spending(2024, 1, "5000000", "30", RealisationStatus.SUBMITTED, wib("2024-04-17T10:00"));
        eventually(r -> r.body("compliance[0].budget.status", equalTo("LATE"))
                .body("compliance[0].indicator.status", equalTo("LATE"))
                .body("compliance[0].indicator.steps[0].late", equalTo(List.of("IKU-2")))
                .body("warnings.type", not(hasItem("NO_DATA_FOR_CLOSED_QUARTER")))
                .body("warnings.type", hasItem("ABSORPTION_BELOW_PACE"))
                .body("budget.absorption", equalTo(5)));

        // 5 July: Q2 in on time and ahead of plan; spending catches up but runs ahead of the physical progress
        clock.set(wib("2024-07-05T10:00"));
        indicatorValue("IKU-1", 2024, 2, "45", RealisationStatus.SUBMITTED, wib("2024-07-05T10:00"), 1);
        indicatorValue("IKU-2", 2024, 2, "82", RealisationStatus.SUBMITTED, wib("2024-07-05T10:00"), 1);
        spending(2024, 2, "45000000", "25", RealisationStatus.SUBMITTED, wib("2024-07-05T10:00"));
        eventually(r -> r.body("compliance[1].budget.submitted", equalTo(1))
                .body("compliance[1].indicator.submitted", equalTo(2)));
        monitoring().body("compliance[1].status", equalTo("COMPLETE"))
                // 55 of a planned 50 by Q2: 55 × 100 / 50 = 110
                .body("projections.find { it.indicator == 'IKU-1' }.projected", equalTo(110))
                .body("warnings.type", not(hasItem("PROJECTED_TO_MISS_TARGET")))
                .body("warnings.type", not(hasItem("BEHIND_RENCANA_AKSI")))
                .body("warnings.type", not(hasItem("ABSORPTION_BELOW_PACE")))
                .body("warnings.type", hasItem("KEUANGAN_AHEAD_OF_FISIK"))
                // R1 was due 30 June and nothing was done; R2 is not due yet
                .body("warnings.findAll { it.type == 'RECOMMENDATION_OVERDUE' }.records.flatten()",
                        equalTo(List.of("evaluation " + A + "/2023")))
                .body("warnings.find { it.type == 'RECOMMENDATION_OVERDUE' }.message", containsString("R1"));

        // 21 July: the verification deadline of Q2 passed with nothing verified
        clock.set(wib("2024-07-21T01:00"));
        deadlines.run(); // (the scheduled check may have been first: either recomputes)
        monitoring().body("compliance[1].status", equalTo("LATE"))
                .body("compliance[1].indicator.steps[1].overdue", equalTo(List.of("IKU-1", "IKU-2")))
                .body("compliance[2].status", equalTo("OPEN"))
                .body("warnings.findAll { it.type == 'RECOMMENDATION_OVERDUE' }.size()", equalTo(2));
        given().get("/api/v1/provinces/{p}/monitoring/2024", PROVINCE).then().statusCode(200)
                .body("pemda[0].tenant", equalTo(T))
                .body("overdue", equalTo(List.of()))
                .body("totals.completeness", equalTo(100.0f));
        assertThat(deadlineEvents()).hasSize(2);

        // the same stored figures as workbooks (docs/monitoring.md#exports)
        MonitoringExportCheck.agency(URL);
        MonitoringExportCheck.rollup("/api/v1/tenants/" + T + "/monitoring/2024", "OPD", "agency", "ranking");
        MonitoringExportCheck.rollup("/api/v1/provinces/{p}/monitoring/2024", "Pemda", "tenant", "pemda", PROVINCE);
    }
}
