package id.kinerja.planning.rest;

import id.kinerja.planning.service.Change;
import id.kinerja.planning.service.Conflicts;
import id.kinerja.planning.service.Warning;

import java.util.List;

/** What a write did (CREATED, UPDATED, UNCHANGED), warnings that did not block it, and the resulting state. */
public record WriteResponse<T>(Change change, List<Warning> warnings, T state) {

    static <T> WriteResponse<T> of(Change change, Conflicts conflicts, T state) {
        return new WriteResponse<>(change, conflicts.warnings(), state);
    }
}
