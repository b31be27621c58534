package id.kinerja.planning.rest;

import id.kinerja.commons.problem.Problem;
import id.kinerja.planning.service.Change;
import id.kinerja.planning.service.Conflicts;

import java.util.List;

/** What a write did (CREATED, UPDATED, UNCHANGED), warnings that did not block it, and the resulting state. */
public record WriteResponse<T>(Change change, List<Problem.FieldError> warnings, T state) {

    static <T> WriteResponse<T> of(Change change, Conflicts conflicts, T state) {
        return new WriteResponse<>(change, conflicts.warnings(), state);
    }
}
