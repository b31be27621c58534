package id.kinerja.reporting.figures;

import id.kinerja.events.realisation.RealisationStatus;

import java.util.EnumSet;
import java.util.Set;

/** Which data counts: official (approved only) or everything submitted. Both are computed and stored. */
public enum View {
    OFFICIAL(true, EnumSet.of(RealisationStatus.APPROVED)),
    SUBMITTED(false, EnumSet.of(RealisationStatus.SUBMITTED, RealisationStatus.VERIFIED, RealisationStatus.APPROVED));

    private final boolean officialOnly;
    private final Set<RealisationStatus> statuses;

    View(boolean officialOnly, Set<RealisationStatus> statuses) {
        this.officialOnly = officialOnly;
        this.statuses = statuses;
    }

    public boolean officialOnly() {
        return officialOnly;
    }

    public boolean counts(RealisationStatus status) {
        return statuses.contains(status);
    }

    public static View of(boolean officialOnly) {
        return officialOnly ? OFFICIAL : SUBMITTED;
    }
}
