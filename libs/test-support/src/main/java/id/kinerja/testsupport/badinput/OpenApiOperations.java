package id.kinerja.testsupport.badinput;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The write operations (POST, PUT, PATCH, DELETE) of an OpenAPI 3 document, with their parameters and body schema. */
public final class OpenApiOperations {

    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

    /** A path, query or header parameter: its schema says how to mutate it. */
    public record Param(String in, String name, JsonNode schema) {
    }

    public record Operation(String method, String path, List<Param> params, JsonNode bodySchema, String bodyMediaType) {

        /** e.g. {@code PUT /api/v1/tenants/{tenant}/rules}: the key of the example table. */
        public String key() {
            return method + " " + path;
        }
    }

    private final JsonNode document;

    public OpenApiOperations(JsonNode document) {
        this.document = document;
    }

    public List<Operation> writes() {
        return operations(WRITES);
    }

    /** The writes, then the reads (GET): their parameters are mutated, they have no body. */
    public List<Operation> writesAndReads() {
        List<Operation> all = new ArrayList<>(writes());
        all.addAll(operations(Set.of("get")));
        return all;
    }

    private List<Operation> operations(Set<String> methodsWanted) {
        List<Operation> found = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            List<Param> shared = params(path.getValue().path("parameters"));
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!methodsWanted.contains(method.getKey())) {
                    continue;
                }
                List<Param> params = new ArrayList<>(shared);
                params.addAll(params(method.getValue().path("parameters")));
                JsonNode content = method.getValue().path("requestBody").path("content");
                String mediaType = content.has("application/json") ? "application/json"
                        : content.fieldNames().hasNext() ? content.fieldNames().next() : null;
                JsonNode schema = mediaType == null ? null : resolve(content.path(mediaType).path("schema"));
                found.add(new Operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(), params, schema,
                        mediaType));
            }
        }
        return found;
    }

    private List<Param> params(JsonNode list) {
        List<Param> params = new ArrayList<>();
        for (JsonNode p : list) {
            JsonNode param = resolve(p);
            params.add(new Param(param.path("in").asText(), param.path("name").asText(), resolve(param.path("schema"))));
        }
        return params;
    }

    /** Follows {@code $ref} (and a single-element allOf/anyOf/oneOf) to the schema it names. */
    public JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 20 && current != null; i++) {
            if (current.has("$ref")) {
                String ref = current.get("$ref").asText();
                current = document.at(ref.substring(1));
            } else if (current.has("allOf") && current.get("allOf").size() == 1 && !current.has("properties")) {
                current = current.get("allOf").get(0);
            } else if (current.has("oneOf") && !current.has("properties") && !current.has("type")) {
                current = current.get("oneOf").get(0);
            } else if (current.has("anyOf") && !current.has("properties") && !current.has("type")) {
                current = current.get("anyOf").get(0);
            } else {
                return current;
            }
        }
        return current;
    }

    public static String type(JsonNode schema) {
        if (schema == null || schema.isMissingNode()) {
            return "";
        }
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        if (schema.has("properties")) {
            return "object";
        }
        if (schema.has("enum")) {
            return "string";
        }
        return "";
    }
}
