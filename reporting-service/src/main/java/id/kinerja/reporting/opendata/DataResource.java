package id.kinerja.reporting.opendata;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kinerja.spreadsheets.Table;
import id.kinerja.spreadsheets.TableWriter;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One CSV file of the data package and its Frictionless table schema: fields with types ({@code string},
 * {@code integer}, {@code number}, {@code boolean}, {@code date}), a primary key, rows.
 */
public record DataResource(String name, String title, List<Field> fields, List<String> primaryKey,
                           List<List<Object>> rows) {

    public record Field(String name, String type, String description) {
    }

    public static DataResource of(String name, String title, List<String> primaryKey, Field... fields) {
        return new DataResource(name, title, List.of(fields), primaryKey, new ArrayList<>());
    }

    static Field f(String name, String type, String description) {
        return new Field(name, type, description);
    }

    public DataResource row(Object... values) {
        if (values.length != fields.size()) {
            throw new IllegalArgumentException(name + ": " + values.length + " values for " + fields.size() + " fields");
        }
        rows.add(Arrays.asList(values));
        return this;
    }

    public String path() {
        return name + ".csv";
    }

    /** RFC 4180 with a header, plain numbers: what the schema describes. */
    void csv(Writer out) throws IOException {
        Table table = new Table(name, fields.stream().map(f -> Table.text(f.name())).toList(), rows);
        TableWriter.csv(out, table);
    }

    ObjectNode descriptor() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode r = json.objectNode().put("name", name).put("title", title).put("path", path())
                .put("profile", "tabular-data-resource").put("format", "csv").put("mediatype", "text/csv")
                .put("encoding", "utf-8");
        ObjectNode schema = r.putObject("schema");
        ArrayNode list = schema.putArray("fields");
        for (Field f : fields) {
            ObjectNode field = list.addObject().put("name", f.name()).put("type", f.type());
            if (f.description() != null) {
                field.put("description", f.description());
            }
        }
        ArrayNode key = schema.putArray("primaryKey");
        primaryKey.forEach(key::add);
        schema.putArray("missingValues").add("");
        return r;
    }
}
