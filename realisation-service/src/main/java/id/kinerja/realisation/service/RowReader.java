package id.kinerja.realisation.service;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import id.kinerja.commons.problem.ProblemException;
import id.kinerja.events.EventCodec;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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

    /** Unknown fields in a row are a client mistake worth naming. */
    private static final ObjectMapper STRICT = EventCodec.mapper().copy()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Pattern PLAIN = Pattern.compile("^-?\\d+(\\.\\d+)?$");
    private static final Pattern INDONESIAN = Pattern.compile("^-?\\d{1,3}(\\.\\d{3})*(,\\d+)?$|^-?\\d+(,\\d+)?$");

    public enum NumberFormat { PLAIN, ID }

    private RowReader() {
    }

    public static <T> Iterator<Row<T>> json(byte[] body, Class<T> type) {
        try {
            JsonParser parser = STRICT.getFactory().createParser(new ByteArrayInputStream(body));
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw ProblemException.badRequest("body", "expected a JSON array of rows");
            }
            return new Iterator<>() {
                int number;
                JsonToken next = advance();

                private JsonToken advance() {
                    try {
                        return parser.nextToken();
                    } catch (IOException e) {
                        throw ProblemException.badRequest("body", "malformed JSON after row " + number + ": "
                                + firstLine(e.getMessage()));
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
                        node = STRICT.readTree(parser);
                    } catch (IOException e) {
                        throw ProblemException.badRequest("body", "malformed JSON in row " + number + ": "
                                + firstLine(e.getMessage()));
                    }
                    next = advance();
                    return bind(number, node, type);
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> Iterator<Row<T>> csv(byte[] body, Class<T> type, char delimiter, NumberFormat format,
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
            throw ProblemException.badRequest("body", "unreadable CSV: " + firstLine(e.getMessage()));
        }
        return new Iterator<>() {
            int number;

            @Override
            public boolean hasNext() {
                try {
                    return rows.hasNextValue();
                } catch (IOException e) {
                    throw ProblemException.badRequest("body", "unreadable CSV after row " + number + ": "
                            + firstLine(e.getMessage()));
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
                            + firstLine(e.getMessage()));
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
                        node.put(cell.getKey(), number);
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

    private static <T> Row<T> bind(int number, JsonNode node, Class<T> type) {
        try {
            return Row.of(number, STRICT.treeToValue(node, type));
        } catch (JsonMappingException e) {
            String field = e.getPath().isEmpty() ? "row" : e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> a + "." + b).orElse("row");
            String message = e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException
                    ? "unknown field" : "wrong type or format";
            return Row.unreadable(number, RowError.of(number, field, message, null));
        } catch (IOException e) {
            return Row.unreadable(number, RowError.of(number, "row", firstLine(e.getMessage()), null));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline > 0 ? message.substring(0, newline) : message;
    }


}
