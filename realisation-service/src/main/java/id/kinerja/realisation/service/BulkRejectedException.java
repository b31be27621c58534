package id.kinerja.realisation.service;

import id.kinerja.commons.problem.Problem;
import id.kinerja.commons.problem.ProblemException;

import java.util.List;

/** An atomic push with invalid rows: nothing is written; 409 when a row hits a locked period, else 422. */
public class BulkRejectedException extends ProblemException {

    public BulkRejectedException(List<RowError> errors, int rows) {
        super(errors.stream().anyMatch(RowError::locked) ? 409 : 422,
                errors.stream().anyMatch(RowError::locked) ? "Conflict" : "Unprocessable Content",
                errors.size() + " of " + rows + " row(s) rejected; nothing was written (atomic=false applies the valid rows)",
                errors.stream().limit(1000)
                        .map(e -> new Problem.FieldError("rows[" + e.row() + "]." + e.field(), e.message(), e.value()))
                        .toList());
    }
}
