package id.kinerja.realisation.service;

/**
 * How a push is applied: {@code dryRun} validates and counts without writing; {@code atomic} (the default)
 * rejects the whole request when any row is invalid; {@code expectedVersion} is a single write's If-Match.
 */
public record BulkOptions(boolean dryRun, boolean atomic, String actor, Long expectedVersion) {

    public static BulkOptions single(String actor, Long expectedVersion) {
        return new BulkOptions(false, true, actor, expectedVersion);
    }
}
