package id.kinerja.testsupport.badinput;

import java.util.Map;

/**
 * One bad request derived from a valid baseline: what was changed ({@code label}), the field or parameter the
 * answer should name (null when the whole document is broken and "body" is all there is to name), and the
 * request parts that differ from the baseline.
 */
public record Mutation(String label, String field, byte[] body, Map<String, String> pathValues,
                       Map<String, String> query, Map<String, String> headers) {
}
