package id.kinerja.events;

/**
 * A named event type with its payload record and the schema version producers write today.
 * Consumers accept any version up to {@link #schemaVersion()}; a newer one is a poison message.
 */
public record EventType<P>(String name, String aggregateType, int schemaVersion, String topic, Class<P> payloadType) {
}
