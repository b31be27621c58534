package id.kinerja.realisation.service;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import id.kinerja.commons.input.JsonErrors;
import id.kinerja.commons.input.StrictJson;
import id.kinerja.commons.problem.ProblemException;
import id.kinerja.events.EventCodec;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a push row by row, from a JSON array or CSV, without materialising the whole list: a row that
 * cannot be read becomes a row error, a document that cannot be read at all is a 400.
 * CSV numbers are plain ({@code 1234.56}) by default; {@code numberFormat=id} accepts Indonesian
 * {@code 1.234,56}.
 */
public final class RowReader {

    /** Read as strictly as any request body ({@link StrictJson}); unknown fields in a row are worth naming. */
    private static final ObjectMapper STRICT = StrictJson.configure(EventCodec.mapper().copy())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    /** One row of the array at a time: what follows a row is the next row, not trailing content. */
    private static final ObjectReader ROW = STRICT.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Pattern PLAIN = Pattern.compile("^-?\\d+(\\.\\d+)?$");
    private static final Pattern INDONESIAN = Pattern.compile("^-?\\d{1,3}(\\.\\d{3})*(,\\d+)?$|^-?\\d+(,\\d+)?$");

    public enum NumberFormat { PLAIN, ID }

    private RowReader() {
    }

    /**
     * The rows of a JSON array. A document that is not one (a leading {@code x}, a comment, a NUL byte, content
     * after the closing bracket) is a 400; the push runs in one transaction, so a 400 found after some rows
     * still leaves nothing written.
     */
    public static <T> Iterator<Row<T>> json(byte[] body, Class<T> type) {
        return json(new ByteArrayInputStream(body), type);
    }

    /** The same, read from a stream as the rows are consumed (an import job's stored body). */
    public static <T> Iterator<Row<T>> json(InputStream body, Class<T> type) {
        JsonParser parser;
        try {
            parser = STRICT.getFactory().createParser(body);
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw ProblemException.badRequest("body", "expected a JSON array of rows");
            }
        } catch (IOException e) {
            throw ProblemException.badRequest("body", "expected a JSON array of rows: " + reason(e));
        }
        return new Iterator<>() {
                int number;
                JsonToken next = advance();

                private JsonToken advance() {
                    try {
                        JsonToken token = parser.nextToken();
                        if (token == JsonToken.END_ARRAY && parser.nextToken() != null) {
                            throw ProblemException.badRequest("body", "unexpected content after the end of the"
                                    + " JSON array, after row " + number);
                        }
                        if (token == null) {
                            throw ProblemException.badRequest("body", "the JSON array is not closed after row "
                                    + number);
                        }
                        return token;
                    } catch (IOException e) {
                        throw ProblemException.badRequest("body", "malformed JSON after row " + number + ": "
                                + reason(e));
                    }
                }

                @Override
                public boolean hasNext() {
                    return next != null && next != JsonToken.END_ARRAY;
                }

                @Override
                public Row<T> next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    number++;
                    JsonNode node;
                    try {
                        node = ROW.readTree(parser);
                    } catch (IOException e) {
                        String field = e instanceof JsonProcessingException json
                                ? rowField(number, JsonErrors.describe(json).field()) : "body";
                        throw ProblemException.badRequest(field, "malformed JSON in row " + number + ": " + reason(e));
                    }
                    next = advance();
                    return bind(number, node, type);
                }
            };
    }

    public static <T> Iterator<Row<T>> csv(byte[] body, Class<T> type, char delimiter, NumberFormat format,
                                           Set<String> required, Set<String> numeric) {
        return csv(new ByteArrayInputStream(body), type, delimiter, format, required, numeric);
    }

    public static <T> Iterator<Row<T>> csv(InputStream body, Class<T> type, char delimiter, NumberFormat format,
                                           Set<String> required, Set<String> numeric) {
        CsvMapper csv = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(delimiter);
        MappingIterator<Map<String, String>> rows;
        try {
            rows = csv.readerForMapOf(String.class).with(schema).readValues(body);
            List<String> header = ((CsvSchema) rows.getParser().getSchema()).getColumnNames();
            if (!header.containsAll(required)) {
                throw ProblemException.badRequest("header", "the CSV header " + header + " lacks "
                        + required.stream().filter(c -> !header.contains(c)).toList()
                        + " (is the delimiter '" + delimiter + "'? pass ?delimiter= otherwise)");
            }
        } catch (IOException e) {
            throw ProblemException.badRequest("body", "unreadable CSV: " + reason(e));
        }
        return new Iterator<>() {
            int number;

            @Override
            public boolean hasNext() {
                try {
                    return rows.hasNextValue();
                } catch (IOException e) {
                    throw ProblemException.badRequest("body", "unreadable CSV after row " + number + ": "
                            + reason(e));
                }
            }

            @Override
            public Row<T> next() {
                number++;
                Map<String, String> raw;
                try {
                    raw = rows.nextValue();
                } catch (IOException e) {
                    throw ProblemException.badRequest("body", "unreadable CSV in row " + number + ": "
                            + reason(e));
                }
                ObjectNode node = STRICT.createObjectNode();
                for (Map.Entry<String, String> cell : raw.entrySet()) {
                    String value = cell.getValue() == null ? "" : cell.getValue().trim();
                    if (value.isEmpty()) {
                        continue;
                    }
                    if (numeric.contains(cell.getKey())) {
                        BigDecimal number = parseNumber(value, format);
                        if (number == null) {
                            return Row.unreadable(this.number, RowError.of(this.number, cell.getKey(),
                                    format == NumberFormat.ID ? "not a number (expected 1.234,56)"
                                            : "not a number (expected 1234.56; declare numberFormat=id for 1.234,56)",
                                    value));
                        }
                        putNumber(node, cell.getKey(), number);
                    } else {
                        node.put(cell.getKey(), value);
                    }
                }
                return bind(this.number, node, type);
            }
        };
    }

    static BigDecimal parseNumber(String text, NumberFormat format) {
        if (format == NumberFormat.PLAIN) {
            return PLAIN.matcher(text).matches() ? new BigDecimal(text) : null;
        }
        if (!INDONESIAN.matcher(text).matches()) {
            return null;
        }
        return new BigDecimal(text.replace(".", "").replace(',', '.'));
    }

    /** A whole number stays whole (a CSV year 2024 is not 2024.0, which an integer field refuses). */
    public static void putNumber(ObjectNode node, String field, BigDecimal number) {
        if (number.scale() <= 0 && number.precision() - number.scale() <= 18) {
            node.put(field, number.longValue());
        } else {
            node.put(field, number);
        }
    }

    public static <T> Row<T> bind(int number, JsonNode node, Class<T> type) {
        try {
            return Row.of(number, STRICT.treeToValue(node, type));
        } catch (JsonProcessingException e) {
            JsonErrors.Failure failure = JsonErrors.describe(e);
            return Row.unreadable(number, RowError.of(number, "body".equals(failure.field()) ? "row" : failure.field(),
                    failure.message(), null));
        } catch (IllegalArgumentException e) {
            return Row.unreadable(number, RowError.of(number, "row", "wrong type or format", null));
        }
    }

    /** {@code [0].value} in the document → {@code rows[1].value}, as row errors are named. */
    private static String rowField(int number, String documentPath) {
        int dot = documentPath.indexOf('.');
        return dot < 0 ? "body" : "rows[" + number + "]" + documentPath.substring(dot);
    }

    /** Jackson's own message names its classes and switches; the client gets {@link JsonErrors}' words. */
    private static String reason(IOException e) {
        return e instanceof JsonProcessingException json ? JsonErrors.describe(json).message() : "unreadable";
    }


}
