package id.kinerja.events.planning;

import id.kinerja.events.plan.PkContent;
import id.kinerja.events.plan.PkParty;
import id.kinerja.events.plan.PkStatus;
import id.kinerja.events.plan.PkVersionKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** State of a Perjanjian Kinerja with every version (the current one is {@code currentVersion}). */
public record PkPayload(String agencyCode, int year, String code, String title, PkParty signer,
                        PkParty counterSigner, String parentCode, PkStatus status, int currentVersion,
                        List<Version> versions) {

    public record Version(int versionNo, PkVersionKind kind, LocalDate dated, String reason, Instant signedAt,
                          PkContent content) {
    }
}
