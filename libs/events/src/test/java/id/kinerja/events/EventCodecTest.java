package id.kinerja.events;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.events.planning.AgencyPayload;
import id.kinerja.events.planning.TenantPayload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCodecTest {

    /** 560000000.00 and 560000000 are the same amount; other nodes compare as usual. */
    static final java.util.Comparator<JsonNode> NUMERICALLY = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : (a.equals(b) ? 0 : 1);

    static Stream<EventType<?>> catalog() {
        return EventCatalog.all().values().stream();
    }

    @ParameterizedTest
    @MethodSource("catalog")
    void everyTypeHasAFixtureThatRoundTrips(EventType<?> type) {
        String fixture = EventFixtures.load(type);
        EventEnvelope decoded = EventCodec.decode(fixture);

        assertThat(decoded.type()).isEqualTo(type.name());
        assertThat(decoded.aggregateType()).isEqualTo(type.aggregateType());
        JsonNode roundTripped = EventCodec.readTree(EventCodec.encode(decoded));
        assertThat(roundTripped.equals(NUMERICALLY, EventCodec.readTree(fixture)))
                .as("%s round trip:%n%s", type.name(), roundTripped).isTrue();
        assertThat(EventCodec.payload(decoded, type)).isInstanceOf(type.payloadType());
    }

    @Test
    void newEnvelopeHasTheFixtureShape() {
        EventEnvelope event = EventEnvelope.of(EventCatalog.AGENCY_UPSERTED, "kota-binjai", "DISNAKERPERINDAG", 1,
                null, new AgencyPayload("DISNAKERPERINDAG", "Dinas Tenaga Kerja", "Disnaker", true)).withPlanVersion(1);
        JsonNode produced = EventCodec.readTree(EventCodec.encode(event));

        assertThat(EventFixtures.shape(produced))
                .isEqualTo(EventFixtures.shape(EventCodec.readTree(EventFixtures.load(EventCatalog.AGENCY_UPSERTED))));
        assertThat(event.kafkaKey()).isEqualTo("kota-binjai:agency:DISNAKERPERINDAG");
    }

    @Test
    void planVersionIsOptional() {
        // events from before plan versions, and every non-planning event, carry none and still decode
        String old = EventFixtures.load(EventCatalog.AGENCY_UPSERTED).replaceAll("\\s*\"planVersion\": \\d+,", "");
        EventEnvelope decoded = EventCodec.decode(old);
        assertThat(decoded.planVersion()).isNull();
        assertThat(EventCodec.readTree(EventCodec.encode(decoded)).has("planVersion")).isFalse();
        assertThat(EventCodec.decode(EventFixtures.load(EventCatalog.AGENCY_UPSERTED)).planVersion()).isEqualTo(6L);
    }

    @Test
    void decimalsAndUnknownFieldsSurvive() {
        String json = EventFixtures.load(EventCatalog.TENANT_UPSERTED)
                .replace("\"province\": \"Riau\"", "\"province\": \"Riau\", \"addedLater\": 1.10");
        TenantPayload payload = EventCodec.payload(EventCodec.decode(json), EventCatalog.TENANT_UPSERTED);
        assertThat(payload.province()).isEqualTo("Riau");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "not json",
            "{}",
            "{\"eventId\":\"x\"}",
            "{\"eventId\":\"5d0f6f0e-8f3b-4d0a-9a63-2f1c0b7b1a01\",\"type\":\"tenant.upserted\",\"schemaVersion\":9,"
                    + "\"tenant\":\"t\",\"aggregateType\":\"tenant\",\"aggregateId\":\"t\",\"aggregateVersion\":1,"
                    + "\"occurredAt\":\"2025-01-01T00:00:00Z\",\"payload\":{}}"
    })
    void malformedMessagesArePoison(String json) {
        assertThatThrownBy(() -> EventCodec.decode(json)).isInstanceOf(EventDecodingException.class);
    }
}
