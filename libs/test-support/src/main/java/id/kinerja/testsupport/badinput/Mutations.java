package id.kinerja.testsupport.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The bad requests tried on one operation: each leaf of the baseline body replaced by a value of the wrong
 * type, out of range or malformed; the whole document broken (duplicate keys, trailing tokens, invalid
 * UTF-8, 5 000 levels of nesting, ...); each declared parameter given a malformed value.
 */
final class Mutations {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOLE = "__kinerja_mutation__";
    private static final Pattern CODE_FIELD = Pattern.compile("^(code|tenant|agency)$|Code$");
    private static final String LONG_TEXT_BASE = "x";

    private final OpenApiOperations api;
    private final OpenApiOperations.Operation operation;
    private final JsonNode baseline;
    private final Map<String, String> pathValues;

    Mutations(OpenApiOperations api, OpenApiOperations.Operation operation, JsonNode baseline,
              Map<String, String> pathValues) {
        this.api = api;
        this.operation = operation;
        this.baseline = baseline;
        this.pathValues = pathValues;
    }

    List<Mutation> all() {
        List<Mutation> all = new ArrayList<>();
        if (baseline != null) {
            leaves(baseline, operation.bodySchema(), new ArrayList<>(), 0, (leaf) -> fieldMutations(leaf, all));
            documentMutations(all);
        }
        for (OpenApiOperations.Param param : operation.params()) {
            paramMutations(param, all);
        }
        return all;
    }

    /** A leaf of the baseline: its path from the root and its schema. */
    private record Leaf(List<Object> path, String name, JsonNode schema, JsonNode value) {
    }

    private void leaves(JsonNode node, JsonNode schema, List<Object> path, int depth, Consumer<Leaf> visit) {
        JsonNode resolved = api.resolve(schema);
        String name = path.isEmpty() ? null : lastName(path);
        if (depth > 6) {
            return;
        }
        if (node.isObject() && resolved != null && resolved.has("properties")) {
            if (name != null) {
                visit.accept(new Leaf(List.copyOf(path), name, resolved, node));
            }
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                path.add(field.getKey());
                leaves(field.getValue(), resolved.path("properties").path(field.getKey()), path, depth + 1, visit);
                path.remove(path.size() - 1);
            }
        } else if (node.isArray() && node.size() > 0) {
            if (name != null) {
                visit.accept(new Leaf(List.copyOf(path), name, resolved, node));
            }
            path.add(0);
            leaves(node.get(0), resolved == null ? null : resolved.path("items"), path, depth + 1, visit);
            path.remove(path.size() - 1);
        } else if (name != null) {
            visit.accept(new Leaf(List.copyOf(path), name, resolved, node));
        }
    }

    private static String lastName(List<Object> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i) instanceof String s) {
                return s;
            }
        }
        return null;
    }

    private void fieldMutations(Leaf leaf, List<Mutation> out) {
        String type = OpenApiOperations.type(leaf.schema());
        List<String> raw = new ArrayList<>();
        switch (type) {
            case "integer" -> raw.addAll(List.of("\"12\"", "1.5", "1e1000000", "1e400", "-1e21", "true",
                    "99999999999999999999", "{}"));
            case "number" -> raw.addAll(List.of("\"12\"", "1e1000000", "1e400", "-1e21", "NaN", "Infinity",
                    "-Infinity", "true", "0.00000000001", "[]"));
            case "boolean" -> raw.addAll(List.of("2", "0", "1.5", "\"\"", "\"yes\"", "{}"));
            case "array" -> raw.addAll(List.of("\"x\"", "{}", "1"));
            case "object" -> raw.addAll(List.of("\"x\"", "[]", "1"));
            case "string" -> {
                raw.addAll(List.of("123", "true", "{}", "[]"));
                if (leaf.schema().has("enum")) {
                    raw.addAll(List.of("\"NOT_A_VALUE\"", "\"\"", "0"));
                } else if ("date".equals(leaf.schema().path("format").asText())) {
                    raw.addAll(List.of("\"2025-13-45\"", "\"\u0662\u0660\u0662\u0665-01-01\"", "20250101"));
                } else {
                    int max = leaf.schema().path("maxLength").asInt(0);
                    raw.add(quote(LONG_TEXT_BASE.repeat(Math.max(10_000, max + 1))));
                    if (CODE_FIELD.matcher(leaf.name()).find() && leaf.value().isTextual()) {
                        raw.add(quote(homoglyph(leaf.value().asText())));
                    }
                }
            }
            default -> raw.addAll(List.of("\"x\"", "1e1000000"));
        }
        for (String value : raw) {
            out.add(new Mutation(leaf.name() + "=" + abbreviate(value), leaf.name(), withRaw(leaf.path(), value),
                    pathValues, Map.of(), Map.of()));
        }
    }

    private void documentMutations(List<Mutation> out) {
        byte[] valid = bytes(baseline.toString());
        out.add(body("body=x", bytes("x")));
        out.add(body("body=comment", bytes("/* c */" + baseline)));
        out.add(body("body=NUL", new byte[]{0}));
        out.add(body("body=empty", new byte[0]));
        out.add(body("body=null", bytes("null")));
        out.add(body("body=text", bytes("\"text\"")));
        out.add(body("body=NaN", bytes("NaN")));
        out.add(body("body=trailing garbage", bytes(baseline + "}}garbage")));
        out.add(body("body=second value", bytes(baseline + " {}")));
        out.add(body("body=truncated", java.util.Arrays.copyOf(valid, Math.max(1, valid.length - 1))));
        out.add(body("body=wrong top-level type", bytes(baseline.isArray() ? "{}" : "[]")));
        out.add(body("body=5000 levels", bytes("[".repeat(5000) + "]".repeat(5000))));
        out.add(body("body=5000 levels in a field", withRawFirstField("[".repeat(5000) + "]".repeat(5000))));
        byte[] duplicate = duplicateKey();
        if (duplicate != null) {
            out.add(body("body=duplicate key", duplicate));
        }
        byte[] invalidUtf8 = invalidUtf8();
        if (invalidUtf8 != null) {
            out.add(body("body=invalid UTF-8", invalidUtf8));
        }
    }

    private void paramMutations(OpenApiOperations.Param param, List<Mutation> out) {
        String type = OpenApiOperations.type(param.schema());
        List<String> values = new ArrayList<>();
        if ("header".equals(param.in())) {
            if ("Idempotency-Key".equalsIgnoreCase(param.name())) {
                values.addAll(List.of("k".repeat(256), "a key", "kunci-\u043a"));
            } else if ("If-Match".equalsIgnoreCase(param.name())) {
                values.addAll(List.of("abc", "\"\u0663\""));
            }
        } else if ("boolean".equals(type)) {
            values.addAll(List.of("ture", "no", "1", "TRUE", ""));
        } else if ("integer".equals(type)) {
            values.addAll(List.of("\u0662\u0660\u0662\u0665", "\uff12\uff10\uff12\uff15", "2025.0", "1e3", "x"));
            // beyond a 32-bit int; a 64-bit parameter (a Kafka offset) takes it, so it is no bad input there
            values.add("int64".equals(param.schema().path("format").asText()) ? "99999999999999999999" : "99999999999");
        } else if (param.schema() != null && param.schema().has("enum")) {
            values.add("NOT_A_VALUE");
        } else if ("path".equals(param.in()) && CODE_FIELD.matcher(param.name()).find()) {
            String value = pathValues.get(param.name());
            if (value != null) {
                values.add(homoglyph(value));
            }
        }
        for (String value : values) {
            String label = param.in() + " " + param.name() + "=" + abbreviate(value);
            byte[] body = baseline == null ? null : bytes(baseline.toString());
            switch (param.in()) {
                case "path" -> {
                    Map<String, String> path = new LinkedHashMap<>(pathValues);
                    path.put(param.name(), value);
                    out.add(new Mutation(label, param.name(), body, path, Map.of(), Map.of()));
                }
                case "query" -> out.add(new Mutation(label, param.name(), body, pathValues,
                        Map.of(param.name(), value), Map.of()));
                case "header" -> out.add(new Mutation(label, param.name(), body, pathValues, Map.of(),
                        Map.of(param.name(), value)));
                default -> {
                }
            }
        }
    }

    private Mutation body(String label, byte[] body) {
        return new Mutation(label, null, body, pathValues, Map.of(), Map.of());
    }

    /** The baseline with the value at {@code path} replaced by a raw JSON token (which may be invalid JSON). */
    private byte[] withRaw(List<Object> path, String raw) {
        JsonNode copy = baseline.deepCopy();
        set(copy, path, TextNode.valueOf(HOLE));
        return bytes(copy.toString().replace("\"" + HOLE + "\"", raw));
    }

    private byte[] withRawFirstField(String raw) {
        JsonNode target = baseline.isArray() && baseline.size() > 0 ? baseline.get(0) : baseline;
        if (!target.isObject() || !target.fieldNames().hasNext()) {
            return bytes(raw);
        }
        List<Object> path = new ArrayList<>();
        if (baseline.isArray()) {
            path.add(0);
        }
        path.add(target.fieldNames().next());
        return withRaw(path, raw);
    }

    private static void set(JsonNode root, List<Object> path, JsonNode value) {
        JsonNode parent = root;
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, value);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
    }

    /** The first object's first field written twice, with a different value the second time. */
    private byte[] duplicateKey() {
        JsonNode target = baseline.isArray() && baseline.size() > 0 ? baseline.get(0) : baseline;
        if (!target.isObject() || !target.fieldNames().hasNext()) {
            return null;
        }
        String first = target.fieldNames().next();
        String text = baseline.toString();
        String key = JsonNodeFactory.instance.textNode(first).toString() + ":";
        int at = text.indexOf(key);
        return bytes(text.substring(0, at) + key + target.get(first) + "," + text.substring(at));
    }

    /** A string value of the baseline with the bytes C3 28 (not UTF-8) inside it. */
    private byte[] invalidUtf8() {
        List<List<Object>> strings = new ArrayList<>();
        leaves(baseline, operation.bodySchema(), new ArrayList<>(), 0, leaf -> {
            if (leaf.value().isTextual()) {
                strings.add(leaf.path());
            }
        });
        if (strings.isEmpty()) {
            return null;
        }
        JsonNode copy = baseline.deepCopy();
        set(copy, strings.get(0), TextNode.valueOf(HOLE));
        String[] parts = copy.toString().split(HOLE, 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes(parts[0]));
        out.writeBytes(new byte[]{'a', (byte) 0xC3, 0x28, (byte) 0xFF});
        out.writeBytes(bytes(parts[1]));
        return out.toByteArray();
    }

    /** Latin capitals replaced by Cyrillic look-alikes (А Е О Р С Т Х І К М Н В), or one appended. */
    static String homoglyph(String value) {
        String latin = "AEOPCTXIKMHBaeopcxi";
        String cyrillic = "\u0410\u0415\u041e\u0420\u0421\u0422\u0425\u0406\u041a\u041c\u041d\u0412"
                + "\u0430\u0435\u043e\u0440\u0441\u0445\u0456";
        StringBuilder out = new StringBuilder(value.length());
        boolean changed = false;
        for (char c : value.toCharArray()) {
            int i = latin.indexOf(c);
            out.append(i >= 0 ? cyrillic.charAt(i) : c);
            changed |= i >= 0;
        }
        return changed ? out.toString() : value + "\u0410";
    }

    private static String quote(String text) {
        return JsonNodeFactory.instance.textNode(text).toString();
    }

    static String abbreviate(String value) {
        return value.length() > 24 ? value.substring(0, 12) + "…(" + value.length() + " chars)" : value;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static ObjectMapper json() {
        return JSON;
    }
}
