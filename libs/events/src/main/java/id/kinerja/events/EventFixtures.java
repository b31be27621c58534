package id.kinerja.events;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeSet;

/**
 * Schema fixtures: one example JSON per event type and version, shipped in this jar under
 * {@code /fixtures/<type>.v<version>.json}. Producers test that what they emit has the fixture's shape;
 * consumers test that they can process the fixture. That keeps both sides of the contract honest.
 */
public final class EventFixtures {

    private EventFixtures() {
    }

    public static String load(EventType<?> type) {
        String path = "/fixtures/" + type.name() + ".v" + type.schemaVersion() + ".json";
        try (InputStream in = EventFixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The set of JSON field paths in a document (values ignored), used to compare shapes. */
    public static TreeSet<String> shape(JsonNode node) {
        TreeSet<String> paths = new TreeSet<>();
        collect("", node, paths);
        return paths;
    }

    private static void collect(String prefix, JsonNode node, TreeSet<String> paths) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String path = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
                paths.add(path);
                collect(path, field.getValue(), paths);
            }
        } else if (node.isArray() && node.size() > 0) {
            collect(prefix + "[]", node.get(0), paths);
        }
    }
}
