package id.kinerja.realisation.service;

import id.kinerja.commons.problem.ProblemException;

/**
 * If-Match on single writes (RFC 9110 conditional requests): an update of an existing record names the
 * version it corrects (else 428), and that must still be the stored version (else 412). A create needs none;
 * If-Match on a record that does not exist is 412. Re-sending what is already stored is an unchanged 200
 * whatever the If-Match, so a retried request whose answer was lost does not fail. Bulk rows carry no
 * versions: each row applies to the latest committed state (writers of one agency-year are serialised).
 */
final class VersionPreconditions {

    private VersionPreconditions() {
    }

    /** {@code stored}: the record's version, null when it does not exist yet. */
    static void check(BulkOptions options, Long stored, boolean unchanged) {
        if (unchanged) {
            return;
        }
        Long expected = options.expectedVersion();
        if (expected != null) {
            if (stored == null) {
                throw ProblemException.preconditionFailed("If-Match \"" + expected + "\" but the record does not"
                        + " exist; create it without If-Match");
            }
            if (stored.longValue() != expected) {
                throw ProblemException.preconditionFailed("stale write: the record is at version " + stored
                        + ", If-Match said " + expected + "; read it again and re-apply the change");
            }
        } else if (options.single() && stored != null) {
            throw ProblemException.preconditionRequired("the record exists at version " + stored
                    + "; send If-Match: \"" + stored + "\" to correct it");
        }
    }
}
