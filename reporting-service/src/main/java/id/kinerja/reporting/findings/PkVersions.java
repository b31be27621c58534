package id.kinerja.reporting.findings;

import id.kinerja.events.planning.PkPayload;

/** The version of a PK in force: the current one, else the last. */
final class PkVersions {

    private PkVersions() {
    }

    static PkPayload.Version current(PkPayload pk) {
        return pk.versions().stream().filter(v -> v.versionNo() == pk.currentVersion()).findFirst()
                .orElse(pk.versions().get(pk.versions().size() - 1));
    }
}
