package id.kinerja.events.planning;

import id.kinerja.events.plan.ObjectiveKind;
import id.kinerja.events.plan.RenstraVersionKind;

import java.time.LocalDate;
import java.util.List;

/** State of a Renstra: header, its versions and its tujuan/sasaran tree (indicators travel separately). */
public record RenstraPayload(String agencyCode, String code, String title, int periodStart, int periodEnd,
                             String legalBasis, int currentVersion, List<Version> versions,
                             List<Objective> objectives) {

    public record Version(int versionNo, RenstraVersionKind kind, String decreeNumber, LocalDate decreeDate,
                          String note) {
    }

    public record Objective(ObjectiveKind kind, String code, String parentCode, String name) {
    }
}
