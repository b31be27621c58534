package id.kinerja.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The one envelope every Kinerja event travels in (ARCHITECTURE §2).
 * Events carry state, not deltas: {@code payload} holds the full current values of the aggregate at
 * {@code aggregateVersion}, so a consumer can upsert "if newer" and a replay rebuilds every read model.
 * {@code planVersion} (optional, planning events only; absent on older events): the tenant's gap-free plan
 * sequence number of this event, so a consumer knows when it has applied every plan change up to a version a
 * client was given (docs/plan-version.md).
 */
public record EventEnvelope(
        UUID eventId,
        String type,
        int schemaVersion,
        String tenant,
        String aggregateType,
        String aggregateId,
        long aggregateVersion,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long planVersion,
        Instant occurredAt,
        EventPeriod period,
        JsonNode payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(payload, "payload");
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaVersion must be >= 1");
        }
    }

    /** The envelope before plan versions existed (every event type but planning's). */
    public EventEnvelope(UUID eventId, String type, int schemaVersion, String tenant, String aggregateType,
                         String aggregateId, long aggregateVersion, Instant occurredAt, EventPeriod period,
                         JsonNode payload) {
        this(eventId, type, schemaVersion, tenant, aggregateType, aggregateId, aggregateVersion, null, occurredAt,
                period, payload);
    }

    /** The same event stamped with the tenant's plan version. */
    public EventEnvelope withPlanVersion(long version) {
        return new EventEnvelope(eventId, type, schemaVersion, tenant, aggregateType, aggregateId, aggregateVersion,
                version, occurredAt, period, payload);
    }

    /** Kafka key: tenant plus aggregate id, so one aggregate's events stay ordered in one partition. */
    public String kafkaKey() {
        return kafkaKey(tenant, aggregateType, aggregateId);
    }

    public static String kafkaKey(String tenant, String aggregateType, String aggregateId) {
        return tenant + ":" + aggregateType + ":" + aggregateId;
    }

    /** Builds a new envelope for the given state; id and timestamp are generated here. */
    public static EventEnvelope of(EventType<?> type, String tenant, String aggregateId, long aggregateVersion,
                                   EventPeriod period, Object payload) {
        return new EventEnvelope(Uuids.v7(), type.name(), type.schemaVersion(), tenant, type.aggregateType(),
                aggregateId, aggregateVersion, Instant.now(), period, EventCodec.toTree(payload));
    }
}
