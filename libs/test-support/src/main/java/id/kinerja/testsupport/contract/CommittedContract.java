package id.kinerja.testsupport.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;

/**
 * The running service's OpenAPI document against the one committed in {@code openapi/<service>.yaml}: a change
 * to the API must show up in review as a change to that file (and so to the generated clients). With
 * {@code -Dopenapi.update=true} the running document is written instead ({@code openapi/update.sh}).
 */
public final class CommittedContract {

    public static final String UPDATE_COMMAND = "openapi/update.sh";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private CommittedContract() {
    }

    public static void assertMatches(String service) throws IOException {
        String running = given().accept("application/yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        Path committed = repositoryRoot().resolve("openapi").resolve(service + ".yaml");
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(committed, canonical(running), StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(committed)) {
            throw new AssertionError(committed + " is missing: run " + UPDATE_COMMAND + " and commit it");
        }
        List<String> differences = new ArrayList<>();
        diff("", YAML.readTree(committed.toFile()), YAML.readTree(running), differences);
        if (!differences.isEmpty()) {
            throw new AssertionError("The running " + service + " serves another OpenAPI document than the committed "
                    + committed + " (" + differences.size() + " difference(s), first ones: "
                    + String.join(", ", differences.subList(0, Math.min(15, differences.size())))
                    + "). If the API change is intended, run " + UPDATE_COMMAND
                    + " (or ./mvnw verify -Dopenapi.update=true) and commit openapi/*.yaml; "
                    + "openapi/release/*.yaml is the previous release, updated only on purpose.");
        }
    }

    /**
     * The served text with its top-level sections in the usual order (SmallRye does not keep one between
     * builds), so that regenerating an unchanged API leaves the file unchanged. Each section is moved whole.
     */
    static String canonical(String yaml) {
        Map<String, StringBuilder> sections = new LinkedHashMap<>();
        StringBuilder current = null;
        for (String line : yaml.stripTrailing().split("\n", -1)) {
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("-")
                    && !line.startsWith("#") && line.contains(":")) {
                current = sections.computeIfAbsent(line.substring(0, line.indexOf(':')), k -> new StringBuilder());
            }
            if (current != null) {
                current.append(line).append('\n');
            }
        }
        StringBuilder out = new StringBuilder();
        for (String key : List.of("openapi", "info", "servers", "security", "tags", "paths", "components")) {
            StringBuilder section = sections.remove(key);
            if (section != null) {
                out.append(section);
            }
        }
        sections.values().forEach(out::append);
        return out.toString();
    }

    /** JSON pointers where the two documents differ (object key order does not matter, array order does). */
    static void diff(String at, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.equals(actual)) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            TreeSet<String> keys = new TreeSet<>();
            expected.fieldNames().forEachRemaining(keys::add);
            actual.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                String here = at + "/" + key.replace("~", "~0").replace("/", "~1");
                if (!expected.has(key)) {
                    out.add("added " + here);
                } else if (!actual.has(key)) {
                    out.add("removed " + here);
                } else {
                    diff(here, expected.get(key), actual.get(key), out);
                }
            }
        } else {
            out.add("changed " + (at.isEmpty() ? "/" : at));
        }
    }

    /** The directory holding {@code mvnw}, walking up from the module the test runs in. */
    public static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("mvnw")) && Files.isDirectory(p.resolve("openapi"))) {
                return p;
            }
        }
        throw new IllegalStateException("no openapi/ directory above " + dir);
    }
}
