package id.kinerja.realisation;

import id.kinerja.events.EventCatalog;
import id.kinerja.events.EventCodec;
import id.kinerja.events.EventEnvelope;
import id.kinerja.events.EventType;
import id.kinerja.events.Topics;
import id.kinerja.events.plan.Aggregation;
import id.kinerja.events.plan.Direction;
import id.kinerja.events.plan.IndicatorLevel;
import id.kinerja.events.plan.TargetValue;
import id.kinerja.events.plan.ValueType;
import id.kinerja.events.plan.BudgetLevel;
import id.kinerja.events.plan.BudgetVersion;
import id.kinerja.events.plan.Pagu;
import id.kinerja.events.plan.QuarterMode;
import id.kinerja.events.plan.Quarters;
import id.kinerja.events.planning.AgencyPayload;
import id.kinerja.events.planning.BudgetNodePayload;
import id.kinerja.events.planning.QuarterlyTargetPayload;
import id.kinerja.events.planning.IndicatorPayload;
import id.kinerja.events.planning.RenstraPayload;
import id.kinerja.testsupport.KinerjaTestResources;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.List;
import java.util.Map;

/** Publishes planning events, as planning-service would, so the replica knows a plan to validate against. */
final class PlanSeeder {

    private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KinerjaTestResources.kafka().bootstrapServers(),
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
            ProducerConfig.LINGER_MS_CONFIG, 5));
    private final String tenant;
    private long nextPlanVersion; // 0: events without a plan version, as before issue 21

    PlanSeeder(String tenant) {
        this.tenant = tenant;
    }

    PlanSeeder agency(String code) {
        return send(EventCatalog.AGENCY_UPSERTED, code, new AgencyPayload(code, "Agency " + code, null, true));
    }

    PlanSeeder renstra(String agency, int start, int end) {
        return send(EventCatalog.RENSTRA_UPSERTED, agency + "/R", new RenstraPayload(agency, "R", null, start, end, null,
                1, List.of(), List.of()));
    }

    PlanSeeder indicator(String agency, String code, ValueType type, List<String> categories) {
        return send(EventCatalog.INDICATOR_UPSERTED, agency + "/R/" + code, new IndicatorPayload(agency, "R", code,
                IndicatorLevel.SASARAN, "S1", "Indicator " + code, type == ValueType.PERCENTAGE ? "%" : "nilai", null,
                null, null, null, null, Direction.HIGHER_IS_BETTER, null, null, Aggregation.RATIO_OF_SUMS, type,
                categories, true, null, null, List.of(new TargetValue(2024, java.math.BigDecimal.TEN, null)), List.of()));
    }

    PlanSeeder subKegiatan(String agency, int year, String code, long dpa, long dppa) {
        return send(EventCatalog.BUDGET_NODE_UPSERTED, agency + "/" + year + "/" + code, new BudgetNodePayload(agency,
                year, BudgetLevel.SUB_KEGIATAN, code, code.substring(0, code.lastIndexOf('.')), "Sub-kegiatan " + code,
                null, List.of(), List.of(new Pagu(BudgetVersion.DPA, java.math.BigDecimal.valueOf(dpa), null, null),
                new Pagu(BudgetVersion.DPPA, java.math.BigDecimal.valueOf(dppa), null, null)), List.of()));
    }

    PlanSeeder quarterlyTarget(String agency, int year, String pk, String indicator, Quarters quarters) {
        return send(EventCatalog.QUARTERLY_TARGET_UPSERTED, agency + "/" + year + "/" + pk + "/" + indicator,
                new QuarterlyTargetPayload(agency, year, pk, indicator, QuarterMode.INCREMENTAL, quarters));
    }

    /** Numbers the events sent next version, version + 1, ... as planning does per tenant. */
    PlanSeeder planVersion(long version) {
        nextPlanVersion = version;
        return this;
    }

    private <P> PlanSeeder send(EventType<P> type, String aggregateId, P payload) {
        EventEnvelope event = EventEnvelope.of(type, tenant, aggregateId, 1, null, payload);
        return send(nextPlanVersion > 0 ? event.withPlanVersion(nextPlanVersion++) : event);
    }

    PlanSeeder send(EventEnvelope event) {
        producer.send(new ProducerRecord<>(Topics.PLANNING, event.kafkaKey(), EventCodec.encode(event)));
        return this;
    }

    void flush() {
        producer.flush();
        producer.close();
    }
}
