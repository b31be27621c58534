package id.kinerja.planning.rest;

import id.kinerja.planning.planversion.PlanVersions;
import id.kinerja.planning.service.Change;
import id.kinerja.planning.service.Conflicts;
import id.kinerja.planning.service.Warning;
import io.quarkus.arc.Arc;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * What a write did (CREATED, UPDATED, UNCHANGED), warnings that did not block it, the resulting state, and the
 * tenant's plan version once it is stored (pass it as planVersion on a push to wait until realisation has it).
 */
public record WriteResponse<T>(Change change, List<Warning> warnings, T state,
                               @Schema(description = "The tenant's plan version including this write; pass it as "
                                       + "?planVersion= on a realisation push (absent where no single tenant's plan "
                                       + "changed)", example = "42") Long planVersion) {

    /** A write that is not one tenant's plan (a province's default calendar). */
    public WriteResponse(Change change, List<Warning> warnings, T state) {
        this(change, warnings, state, null);
    }

    /** Called inside the write's transaction, so the version counts the write's own events. */
    public static <T> WriteResponse<T> of(String tenant, Change change, Conflicts conflicts, T state) {
        long version = Arc.container().instance(PlanVersions.class).get().current(tenant);
        return new WriteResponse<>(change, conflicts.warnings(), state, version);
    }
}
