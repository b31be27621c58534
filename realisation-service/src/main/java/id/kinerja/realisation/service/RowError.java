package id.kinerja.realisation.service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A rejected row: its 1-based number in the request, the field, why, and the value seen. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RowError(int row, String field, String message, Object value, @JsonIgnore boolean locked) {

    public static RowError of(int row, String field, String message, Object value) {
        return new RowError(row, field, message, value, false);
    }

    public static RowError locked(int row, String message) {
        return new RowError(row, "quarter", message, null, true);
    }
}
