package id.kinerja.realisation.service;

/**
 * How a push is applied: {@code dryRun} validates and counts without writing; {@code atomic} (the default)
 * rejects the whole request when any row is invalid; {@code expectedVersion} is a single write's If-Match;
 * {@code single}: a single write (PUT), which must name the version it corrects (see {@link VersionPreconditions}).
 */
public record BulkOptions(boolean dryRun, boolean atomic, String actor, Long expectedVersion, boolean single,
                          Progress progress) {

    /** Told after each written chunk how far a push is (an import job shows it while it runs). */
    public interface Progress {
        Progress NONE = (read, accepted, rejected) -> { };

        void rows(int read, int accepted, int rejected);
    }

    public BulkOptions(boolean dryRun, boolean atomic, String actor, Long expectedVersion, boolean single) {
        this(dryRun, atomic, actor, expectedVersion, single, Progress.NONE);
    }

    /** A bulk push: rows carry no versions; each is applied to the latest committed state. */
    public BulkOptions(boolean dryRun, boolean atomic, String actor, Long expectedVersion) {
        this(dryRun, atomic, actor, expectedVersion, false);
    }

    public BulkOptions withProgress(Progress progress) {
        return new BulkOptions(dryRun, atomic, actor, expectedVersion, single, progress);
    }

    public static BulkOptions single(String actor, Long expectedVersion) {
        return new BulkOptions(false, true, actor, expectedVersion, true);
    }
}
