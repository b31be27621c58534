package id.kinerja.testsupport.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;

/**
 * A valid-looking body built from a schema: examples where the schema gives them, otherwise the first enum
 * value, the minimum, or a short code; every property present so that every field gets mutated.
 */
final class BaselineBody {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final OpenApiOperations api;

    BaselineBody(OpenApiOperations api) {
        this.api = api;
    }

    JsonNode of(JsonNode schema) {
        return value(schema, 0);
    }

    private JsonNode value(JsonNode raw, int depth) {
        JsonNode schema = api.resolve(raw);
        if (schema == null || schema.isMissingNode() || depth > 8) {
            return NODES.textNode("X1");
        }
        JsonNode example = example(schema);
        String type = OpenApiOperations.type(schema);
        if (example != null && !"object".equals(type) && !"array".equals(type)) {
            if (example.isTextual() && ("integer".equals(type) || "number".equals(type))) {
                try {
                    return NODES.numberNode(new java.math.BigDecimal(example.asText()));
                } catch (NumberFormatException e) {
                    return NODES.numberNode(1);
                }
            }
            return example;
        }
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(0);
        }
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
                while (properties.hasNext()) {
                    Map.Entry<String, JsonNode> property = properties.next();
                    if (!property.getValue().path("readOnly").asBoolean(false)) {
                        object.set(property.getKey(), value(property.getValue(), depth + 1));
                    }
                }
                if (object.isEmpty() && schema.path("additionalProperties").isObject()) {
                    object.set("X1", value(schema.get("additionalProperties"), depth + 1));
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(value(schema.path("items"), depth + 1));
                return array;
            }
            case "integer" -> {
                if (schema.has("minimum")) {
                    return NODES.numberNode(Math.max(schema.get("minimum").asLong(), schema.has("maximum")
                            ? Math.min(schema.get("maximum").asLong(), 1) : 1));
                }
                return NODES.numberNode(1);
            }
            case "number" -> {
                return schema.has("minimum") ? NODES.numberNode(schema.get("minimum").decimalValue())
                        : NODES.numberNode(1);
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            default -> {
                String format = schema.path("format").asText();
                return switch (format) {
                    case "date" -> NODES.textNode("2025-01-15");
                    case "date-time" -> NODES.textNode("2025-01-15T00:00:00Z");
                    case "uuid" -> NODES.textNode("00000000-0000-0000-0000-000000000001");
                    default -> NODES.textNode("X".repeat(Math.max(2, schema.path("minLength").asInt(0)))
                            .substring(0, Math.max(1, Math.min(Math.max(2, schema.path("minLength").asInt(0)),
                                    schema.path("maxLength").asInt(64)))));
                };
            }
        }
    }

    private static JsonNode example(JsonNode schema) {
        if (schema.has("examples") && schema.get("examples").isArray() && schema.get("examples").size() > 0) {
            return schema.get("examples").get(0);
        }
        if (schema.has("example")) {
            return schema.get("example");
        }
        return null;
    }
}
