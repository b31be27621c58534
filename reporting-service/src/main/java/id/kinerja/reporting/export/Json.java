package id.kinerja.reporting.export;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.events.EventCodec;

import java.math.BigDecimal;

/** Reading the stored JSON documents' fields for the tables: numbers stay the stored decimals. */
final class Json {

    private Json() {
    }

    static JsonNode read(Object document) {
        return document instanceof String s ? EventCodec.readTree(s) : EventCodec.mapper().valueToTree(document);
    }

    static BigDecimal num(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || !v.isNumber() ? null : v.decimalValue();
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() ? null : v.isTextual() ? v.asText() : v.toString();
    }

    static Boolean bool(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || !v.isBoolean() ? null : v.asBoolean();
    }

    static Iterable<JsonNode> each(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || !v.isArray() ? java.util.List.of() : v;
    }
}
