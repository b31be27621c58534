package id.kinerja.localrun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;

/**
 * The small path language of the acceptance tables: {@code sasaran[code=BB-S1]/efficiency/serapan},
 * {@code [type=REPORTED_TOTAL_DIFFERS,numbers.reported=5636979104]/numbers/difference},
 * {@code **[code=BJ-IKU-05]/targets[year=2022]/value}, {@code comparison/previousYears/#size}.
 * Segments: a field; a field or the current array followed by {@code [key=value,...]} (first element matching
 * every condition; keys may be dotted; numbers compare by value); {@code **[...]} (first object anywhere below
 * that matches); {@code #size}.
 */
final class JsonSelector {

    private JsonSelector() {
    }

    static JsonNode select(JsonNode root, String selector) {
        JsonNode node = root;
        for (String segment : selector.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.equals("#size")) {
                node = IntNode.valueOf(node.size());
                continue;
            }
            int bracket = segment.indexOf('[');
            String field = bracket < 0 ? segment : segment.substring(0, bracket);
            String conditions = bracket < 0 ? null : segment.substring(bracket + 1, segment.length() - 1);
            if (field.equals("**")) {
                node = search(node, conditions);
                continue;
            }
            if (!field.isEmpty()) {
                node = node.path(field);
            }
            if (conditions != null) {
                node = first(node, conditions);
            }
        }
        return node;
    }

    /**
     * Numbers compare by value (so 96.32 equals 96.320); {@code ~0.193} means "0.193 when rounded half-up to
     * three decimals" (for figures the report prints with more decimals than the tenant's presentation);
     * anything else compares as text.
     */
    static boolean matches(JsonNode actual, String expected) {
        if (actual == null || actual.isMissingNode() || actual.isNull()) {
            return expected.equals("null");
        }
        if (expected.startsWith("~")) {
            BigDecimal e = decimal(expected.substring(1));
            BigDecimal a = decimal(actual.asText());
            return a != null && e != null && a.setScale(e.scale(), java.math.RoundingMode.HALF_UP).compareTo(e) == 0;
        }
        BigDecimal a = decimal(actual.asText());
        BigDecimal e = decimal(expected);
        if (a != null && e != null) {
            return a.compareTo(e) == 0;
        }
        return actual.asText().equals(expected);
    }

    private static JsonNode first(JsonNode array, String conditions) {
        for (JsonNode element : array) {
            if (satisfies(element, conditions)) {
                return element;
            }
        }
        return MissingNode.getInstance();
    }

    private static JsonNode search(JsonNode node, String conditions) {
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.push(node);
        while (!todo.isEmpty()) {
            JsonNode n = todo.pollFirst();
            if (n.isObject() && satisfies(n, conditions)) {
                return n;
            }
            if (n.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                    todo.addLast(it.next().getValue());
                }
            } else if (n.isArray()) {
                n.forEach(todo::addLast);
            }
        }
        return MissingNode.getInstance();
    }

    private static boolean satisfies(JsonNode element, String conditions) {
        for (String condition : conditions.split(",")) {
            String[] kv = condition.split("=", 2);
            JsonNode value = element;
            for (String key : kv[0].trim().split("\\.")) {
                value = value.path(key);
            }
            if (!matches(value, kv[1].trim())) {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
