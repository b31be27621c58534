package id.kinerja.commons.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What went wrong reading a JSON document, said for the client: the field (e.g. {@code items[3].target})
 * and a short reason. Jackson's own messages name its classes and switches ("enable
 * DeserializationFeature...") that a client can neither use nor needs to know, so they are never passed on.
 */
public final class JsonErrors {

    public record Failure(String field, String message) {
    }

    private JsonErrors() {
    }

    public static Failure describe(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? path(mapping.getPath()) : "body";
        JsonProcessingException cause = e;
        if (e instanceof JsonMappingException && !(e instanceof MismatchedInputException)
                && e.getCause() instanceof JsonProcessingException inner) {
            cause = inner; // a parse failure inside a field, wrapped with the path of the enclosing fields only
        }
        if (cause instanceof StreamReadException read && read.getProcessor() != null) {
            // a token that is not JSON at all (NaN, a stray character, a key twice): the parser knows where it was
            String at = path(read.getProcessor().getParsingContext());
            if (!"body".equals(at)) {
                field = at;
            }
        }
        return new Failure(field, reason(cause));
    }

    /** {@code items[3].target}; "body" when the failure is at the top of the document. */
    public static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /** {@code /items/3/target} of the parser's position → {@code items[3].target}. */
    static String path(JsonStreamContext context) {
        if (context == null) {
            return "body";
        }
        StringBuilder path = new StringBuilder();
        for (String segment : context.pathAsPointer().toString().split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            String name = segment.replace("~1", "/").replace("~0", "~");
            if (name.chars().allMatch(Character::isDigit) && name.length() < 10) {
                path.append('[').append(name).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(name);
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    static String reason(JsonProcessingException e) {
        if (e instanceof OutOfBoundsNumberException bounds) {
            return "number out of bounds: " + bounds.reason();
        }
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown field";
        }
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return constraint(original);
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() == java.time.LocalDate.class) {
            return StrictLocalDateDeserializer.EXPECTED;
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return "not one of " + Arrays.toString(format.getTargetType().getEnumConstants());
        }
        if (e instanceof MismatchedInputException mismatch) {
            if (original.startsWith("Trailing token")) {
                return "unexpected content after the end of the JSON document";
            }
            if (original.contains("null") && mismatch.getTargetType() != null && mismatch.getTargetType().isPrimitive()) {
                return "must not be null";
            }
            return expected(mismatch.getTargetType());
        }
        if (e instanceof StreamReadException read) {
            return syntax(original) + at(read.getLocation());
        }
        if (e instanceof JsonMappingException mapping && mapping.getCause() instanceof JsonProcessingException inner) {
            return reason(inner);
        }
        return "wrong type or format";
    }

    private static String syntax(String original) {
        if (original.startsWith("Duplicate field")) {
            return "duplicate field " + original.substring("Duplicate field".length()).trim();
        }
        if (original.contains("NaN") || original.contains("Infinity") || original.contains("INF")) {
            return "NaN and Infinity are not JSON numbers";
        }
        if (original.contains("comment")) {
            return "comments are not allowed in JSON";
        }
        if (original.contains("UTF-8") || original.contains("UTF8")) {
            return "invalid UTF-8 bytes";
        }
        if (original.contains("end-of-input")) {
            return "the JSON document ends too early";
        }
        if (original.contains("CTRL-CHAR") || original.contains("control character")) {
            return "control characters must be escaped";
        }
        if (original.contains("Leading zero") || original.contains("Invalid numeric value")
                || original.contains("Numeric value")) {
            return "not a valid JSON number";
        }
        if (original.startsWith("Unexpected close marker")) {
            return "malformed JSON: a closing bracket without its opening one";
        }
        if (original.startsWith("Unexpected character") || original.startsWith("Unrecognized token")
                || original.startsWith("Invalid")) {
            return "malformed JSON: unexpected character";
        }
        return "malformed JSON";
    }

    private static String constraint(String original) {
        if (original.contains("nesting")) {
            return "the document is nested deeper than " + StrictJson.MAX_NESTING_DEPTH + " levels";
        }
        if (original.contains("Number")) {
            return "number literal longer than " + StrictJson.MAX_NUMBER_LENGTH + " characters";
        }
        if (original.contains("String")) {
            return "text value too long";
        }
        return "the document exceeds the input limits";
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "wrong type or format";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "expected a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class
                || type == BigDecimal.class) {
            return "expected a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "expected true or false";
        }
        if (type == java.time.LocalDate.class) {
            return StrictLocalDateDeserializer.EXPECTED;
        }
        if (type == String.class) {
            return "expected a text value";
        }
        if (type.isEnum()) {
            return "expected one of " + Arrays.toString(type.getEnumConstants());
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "expected a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "expected an object";
        }
        return "wrong type or format";
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
