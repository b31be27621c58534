package id.kinerja.commons.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** RFC 9457 problem details, plus the offending fields of a rejected request. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One rejected field: its path in the request (e.g. {@code items[3].target}), why, and the value seen. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String field, String message, Object value) {
        public FieldError(String field, String message) {
            this(field, message, null);
        }
    }
}
