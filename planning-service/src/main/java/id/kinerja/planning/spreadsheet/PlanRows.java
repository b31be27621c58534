package id.kinerja.planning.spreadsheet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a sheet's rows live in the plan document: {@link #of} lists them for the template (an owned row
 * carrying its owner's code in {@code _parent} and the PK version in {@code _version}), {@link #attach} puts a
 * row read back in its place and answers its path ({@code pks[0].amendments[0].content.budgets[2]}).
 */
final class PlanRows {

    /** A row that names an owner the workbook does not have, or a version that cannot be; the field is at fault. */
    static final class Misplaced extends Exception {
        final String field;

        Misplaced(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }

    private PlanRows() {
    }

    static List<ObjectNode> of(ObjectNode doc, PlanSheets.Layout layout) {
        List<ObjectNode> rows = new ArrayList<>();
        if (layout.owner() == null) {
            JsonNode items = JsonPaths.get(doc, layout.section());
            if (items != null) {
                items.forEach(i -> rows.add((ObjectNode) i));
            }
            return rows;
        }
        JsonNode owners = doc.get(layout.owner());
        if (owners == null) {
            return rows;
        }
        for (JsonNode owner : owners) {
            String code = owner.path("code").asText();
            if (layout.owner().equals("indicators")) {
                owned(rows, owner.get(layout.list()), code, null);
                continue;
            }
            JsonNode amendments = owner.path("amendments");
            if (layout.list().equals("amendments")) {
                for (int a = 0; a < amendments.size(); a++) {
                    rows.add(((ObjectNode) amendments.get(a).deepCopy()).put("_parent", code).put("_version", a + 2));
                }
                continue;
            }
            owned(rows, owner.path("content").get(layout.list()), code, 1);
            for (int a = 0; a < amendments.size(); a++) {
                owned(rows, amendments.get(a).path("content").get(layout.list()), code, a + 2);
            }
        }
        return rows;
    }

    private static void owned(List<ObjectNode> rows, JsonNode items, String code, Integer version) {
        if (items == null) {
            return;
        }
        for (JsonNode item : items) {
            ObjectNode row = ((ObjectNode) item.deepCopy()).put("_parent", code);
            rows.add(version == null ? row : row.put("_version", version));
        }
    }

    /** Puts a read row in the document; answers its path there. */
    static String attach(ObjectNode doc, PlanSheets.Layout layout, ObjectNode item) throws Misplaced {
        String ownerCode = item.path("_parent").asText(null);
        int version = item.path("_version").asInt(1);
        item.remove("_parent");
        item.remove("_version");
        if (layout.owner() == null) {
            ArrayNode list = array(doc, layout.section());
            if (layout.section().equals("pks")) {
                content(item);
            }
            list.add(item);
            return layout.section() + "[" + (list.size() - 1) + "]";
        }
        if (ownerCode == null) {
            throw new Misplaced("_parent", "the code of its " + (layout.owner().equals("pks") ? "PK" : "indicator")
                    + " is required");
        }
        ArrayNode owners = array(doc, layout.owner());
        int o = 0;
        while (o < owners.size() && !ownerCode.equals(owners.get(o).path("code").asText())) {
            o++;
        }
        if (o == owners.size()) {
            throw new Misplaced("_parent", "no row with this code on the sheet '"
                    + (layout.owner().equals("pks") ? PlanSheets.PKS.sheet() : "Indikator") + "'");
        }
        ObjectNode owner = (ObjectNode) owners.get(o);
        String prefix = layout.owner() + "[" + o + "]";
        if (layout.owner().equals("indicators")) {
            ArrayNode list = array(owner, layout.list());
            list.add(item);
            return prefix + "." + layout.list() + "[" + (list.size() - 1) + "]";
        }
        if (version < 1 || version > 100 || (version == 1 && layout.list().equals("amendments"))) {
            throw new Misplaced("_version", layout.list().equals("amendments")
                    ? "2 or more: version 1 is the PK as signed, 2 its first amendment" : "1 to 100");
        }
        ObjectNode holder = owner;
        if (version > 1) {
            ArrayNode amendments = array(owner, "amendments");
            while (amendments.size() < version - 1) {
                content(amendments.addObject());
            }
            holder = (ObjectNode) amendments.get(version - 2);
            prefix += ".amendments[" + (version - 2) + "]";
            if (layout.list().equals("amendments")) {
                merge(holder, item);
                return prefix;
            }
        }
        ArrayNode list = array(content(holder), layout.list());
        list.add(item);
        return prefix + ".content." + layout.list() + "[" + (list.size() - 1) + "]";
    }

    /** The content object of a PK or amendment, with its (required) indicator list. */
    private static ObjectNode content(ObjectNode holder) {
        ObjectNode content = holder.has("content") ? (ObjectNode) holder.get("content") : holder.putObject("content");
        if (!content.has("indicators")) {
            content.putArray("indicators");
        }
        return content;
    }

    private static void merge(ObjectNode into, ObjectNode from) {
        from.fields().forEachRemaining(f -> {
            if (f.getValue().isObject() && into.get(f.getKey()) instanceof ObjectNode inner) {
                merge(inner, (ObjectNode) f.getValue());
            } else {
                into.set(f.getKey(), f.getValue());
            }
        });
    }

    private static ArrayNode array(ObjectNode node, String path) {
        ObjectNode parent = node;
        String[] segments = path.split("\\.");
        for (int i = 0; i < segments.length - 1; i++) {
            parent = parent.has(segments[i]) ? (ObjectNode) parent.get(segments[i]) : parent.putObject(segments[i]);
        }
        String last = segments[segments.length - 1];
        return parent.has(last) && parent.get(last).isArray() ? (ArrayNode) parent.get(last) : parent.putArray(last);
    }
}
