package id.kinerja.openapi;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each committed document against the previous release's (openapi/release/): removing an operation, a response
 * field or a parameter's value, narrowing a type or adding a required input breaks the integrators' clients, so
 * it fails here. Additions pass. A deliberate break is accepted by updating the baseline
 * ({@code openapi/update.sh --release}) in the same change, where review sees it.
 */
class BreakingChangesTest {

    static final List<String> SERVICES = Documents.SERVICES;

    @ParameterizedTest
    @FieldSource("SERVICES")
    void noBreakingChangeSinceThePreviousRelease(String service) throws Exception {
        assertThat(Documents.release(service)).as("the previous release's contract").exists();
        ChangedOpenApi diff = OpenApiCompare.fromLocations(Documents.release(service).toUri().toString(),
                Documents.current(service).toUri().toString());
        if (diff.isIncompatible()) {
            ByteArrayOutputStream report = new ByteArrayOutputStream();
            try (OutputStreamWriter out = new OutputStreamWriter(report, StandardCharsets.UTF_8)) {
                new MarkdownRender().render(diff, out);
            }
            Files.createDirectories(Documents.DIR.resolve("target"));
            Files.write(Documents.DIR.resolve("target").resolve(service + "-breaking-changes.md"), report.toByteArray());
            throw new AssertionError(service + " breaks its previous release's contract (openapi/release/" + service
                    + ".yaml):\n" + report.toString(StandardCharsets.UTF_8) + "\nIf intended, run openapi/update.sh "
                    + "--release to make this the new baseline, and say so in the change log.");
        }
    }

    /**
     * openapi-diff treats a response field that is not {@code required} as optional, so removing one passes it;
     * but clients read those fields, and requests are read strictly (an unknown field is a 400), so a field
     * removed from any schema breaks someone.
     */
    @ParameterizedTest
    @FieldSource("SERVICES")
    void noFieldRemovedSinceThePreviousRelease(String service) {
        Map<String, Schema> before = schemas(Documents.release(service).toString());
        Map<String, Schema> now = schemas(Documents.current(service).toString());
        List<String> removed = new ArrayList<>();
        before.forEach((name, schema) -> {
            Map<String, Schema> fields = schema.getProperties() == null ? Map.of() : schema.getProperties();
            Schema current = now.get(name);
            if (current == null) {
                removed.add(name);
                return;
            }
            fields.keySet().stream().filter(f -> current.getProperties() == null || !current.getProperties().containsKey(f))
                    .forEach(f -> removed.add(name + "." + f));
        });
        assertThat(removed).as("schemas or fields of %s removed since openapi/release/ (if intended: openapi/update.sh "
                + "--release)", service).isEmpty();
    }

    @SuppressWarnings("rawtypes")
    private static Map<String, Schema> schemas(String location) {
        var api = new OpenAPIV3Parser().read(location);
        return api.getComponents() == null || api.getComponents().getSchemas() == null ? Map.of()
                : api.getComponents().getSchemas();
    }
}
