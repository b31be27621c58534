package id.kinerja.planning.spreadsheet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Dotted paths into a plan document's JSON, the way a template column names its field: {@code unit},
 * {@code signer.name}, or {@code targets[year=2024].value} for the element of a list picked by one of its
 * fields (created with that field when absent). {@link #set} answers the concrete path ({@code targets[2].value})
 * that validation and the import service use in their errors, so those map back to the cell.
 */
final class JsonPaths {

    private JsonPaths() {
    }

    static JsonNode get(JsonNode root, String path) {
        JsonNode node = root;
        for (String segment : path.split("\\.")) {
            if (node == null || !node.isObject()) {
                return null;
            }
            int bracket = segment.indexOf('[');
            if (bracket < 0) {
                node = node.get(segment);
                continue;
            }
            JsonNode list = node.get(segment.substring(0, bracket));
            node = list == null || !list.isArray() ? null : list.get(find((ArrayNode) list, segment, bracket));
        }
        return node == null || node.isNull() || node.isMissingNode() ? null : node;
    }

    /** Sets the value at the path, creating objects and keyed list elements; answers the concrete path. */
    static String set(ObjectNode root, String path, JsonNode value) {
        String[] segments = path.split("\\.");
        StringBuilder concrete = new StringBuilder();
        ObjectNode node = root;
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (!concrete.isEmpty()) {
                concrete.append('.');
            }
            int bracket = segment.indexOf('[');
            if (bracket < 0) {
                concrete.append(segment);
                if (last) {
                    node.set(segment, value);
                } else {
                    node = node.has(segment) && node.get(segment).isObject() ? (ObjectNode) node.get(segment)
                            : node.putObject(segment);
                }
                continue;
            }
            String name = segment.substring(0, bracket);
            ArrayNode list = node.has(name) && node.get(name).isArray() ? (ArrayNode) node.get(name) : node.putArray(name);
            int index = find(list, segment, bracket);
            if (index < 0) {
                String[] kv = segment.substring(bracket + 1, segment.length() - 1).split("=", 2);
                ObjectNode element = list.addObject();
                element.set(kv[0], scalar(kv[1]));
                index = list.size() - 1;
            }
            concrete.append(name).append('[').append(index).append(']');
            if (last) {
                list.set(index, value);
            } else {
                node = (ObjectNode) list.get(index);
            }
        }
        return concrete.toString();
    }

    /** The index of the element whose field equals the key in {@code name[field=value]}, or -1. */
    private static int find(ArrayNode list, String segment, int bracket) {
        String[] kv = segment.substring(bracket + 1, segment.length() - 1).split("=", 2);
        for (int i = 0; i < list.size(); i++) {
            JsonNode key = list.get(i).get(kv[0]);
            if (key != null && key.asText().equals(kv[1])) {
                return i;
            }
        }
        return -1;
    }

    private static JsonNode scalar(String text) {
        return text.matches("\\d{1,9}") ? JsonNodeFactory.instance.numberNode(Integer.parseInt(text))
                : JsonNodeFactory.instance.textNode(text);
    }
}
