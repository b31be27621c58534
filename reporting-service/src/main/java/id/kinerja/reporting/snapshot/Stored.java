package id.kinerja.reporting.snapshot;

/** A state as the state view keeps it: the aggregate, the version of its latest event, the payload. */
public record Stored<T>(String aggregateId, long version, T payload) {
}
