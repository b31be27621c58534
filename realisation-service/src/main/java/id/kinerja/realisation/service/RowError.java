package id.kinerja.realisation.service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A rejected row: its 1-based number in the request (the sheet row in a workbook), the field, why, the value
 * seen, and in a workbook the cell ({@code Realisasi!H14}). {@code locked}: it hit a locked period;
 * {@code notInPlan}: it names a plan item (agency, Renstra year, indicator, sub-kegiatan) the plan replica does
 * not hold, which may only mean the replica has not caught up with planning yet.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RowError(int row, String field, String message, Object value, @JsonIgnore boolean locked,
                       @JsonIgnore boolean notInPlan, String cell) {

    public static RowError of(int row, String field, String message, Object value) {
        return new RowError(row, field, message, value, false, false, null);
    }

    public static RowError locked(int row, String message) {
        return new RowError(row, "quarter", message, null, true, false, null);
    }

    public static RowError notInPlan(int row, String field, String message, Object value) {
        return new RowError(row, field, message, value, false, true, null);
    }

    public RowError at(String cell) {
        return new RowError(row, field, message, value, locked, notInPlan, cell);
    }
}
