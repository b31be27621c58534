package id.kinerja.realisation.service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A rejected row: its 1-based number in the request (the sheet row in a workbook), the field, why, the value
 * seen, and in a workbook the cell ({@code Realisasi!H14}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RowError(int row, String field, String message, Object value, @JsonIgnore boolean locked, String cell) {

    public static RowError of(int row, String field, String message, Object value) {
        return new RowError(row, field, message, value, false, null);
    }

    public static RowError locked(int row, String message) {
        return new RowError(row, "quarter", message, null, true, null);
    }

    public RowError at(String cell) {
        return new RowError(row, field, message, value, locked, cell);
    }
}
