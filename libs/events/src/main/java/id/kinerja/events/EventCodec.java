package id.kinerja.events;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * JSON codec for events, shared by producers and consumers so both sides read the same contract.
 * Unknown fields are ignored (a newer producer may add fields); decimals stay exact (BigDecimal, plain).
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private EventCodec() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String encode(EventEnvelope envelope) {
        try {
            return MAPPER.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event cannot be serialised: " + envelope.type(), e);
        }
    }

    /** Decodes and checks an envelope; anything malformed is an {@link EventDecodingException}. */
    public static EventEnvelope decode(String json) {
        EventEnvelope envelope;
        try {
            envelope = MAPPER.readValue(json, EventEnvelope.class);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new EventDecodingException("not a valid event envelope: " + rootMessage(e), e);
        }
        EventCatalog.find(envelope.type()).ifPresent(known -> {
            if (envelope.schemaVersion() > known.schemaVersion()) {
                throw new EventDecodingException("unsupported schemaVersion " + envelope.schemaVersion()
                        + " for " + envelope.type() + " (this consumer reads up to " + known.schemaVersion() + ")");
            }
        });
        return envelope;
    }

    public static <P> P payload(EventEnvelope envelope, EventType<P> type) {
        if (!type.name().equals(envelope.type())) {
            throw new IllegalArgumentException("event is " + envelope.type() + ", not " + type.name());
        }
        try {
            return MAPPER.treeToValue(envelope.payload(), type.payloadType());
        } catch (JsonProcessingException | RuntimeException e) {
            throw new EventDecodingException("payload of " + envelope.type() + " is invalid: " + rootMessage(e), e);
        }
    }

    public static JsonNode toTree(Object value) {
        return MAPPER.valueToTree(value);
    }

    public static JsonNode readTree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new EventDecodingException("not JSON: " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int newline = m.indexOf('\n');
        return newline > 0 ? m.substring(0, newline) : m;
    }
}
