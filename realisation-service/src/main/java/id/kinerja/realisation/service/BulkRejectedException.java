package id.kinerja.realisation.service;

import id.kinerja.commons.problem.Problem;
import id.kinerja.commons.problem.ProblemException;

import java.util.List;

/**
 * An atomic push with invalid rows: nothing is written; 409 when a row hits a locked period, else 422.
 * A row error with a cell (a workbook upload) is named by the cell, {@code Realisasi!H14}, its message saying
 * which {@code rows[N].field} it is.
 */
public class BulkRejectedException extends ProblemException {

    private final transient List<RowError> errors;
    private final int rows;

    public BulkRejectedException(List<RowError> errors, int rows) {
        super(errors.stream().anyMatch(RowError::locked) ? 409 : 422,
                errors.stream().anyMatch(RowError::locked) ? "Conflict" : "Unprocessable Content",
                errors.size() + " of " + rows + " row(s) rejected; nothing was written (atomic=false applies the valid rows)",
                errors.stream().limit(1000).map(BulkRejectedException::fieldError).toList());
        this.errors = errors;
        this.rows = rows;
    }

    private static Problem.FieldError fieldError(RowError e) {
        String field = "rows[" + e.row() + "]." + e.field();
        return e.cell() == null ? new Problem.FieldError(field, e.message(), e.value())
                : new Problem.FieldError(e.cell(), e.message() + " (" + field + ")", e.value());
    }

    public List<RowError> rowErrors() {
        return errors;
    }

    public int rows() {
        return rows;
    }
}
