package id.kinerja.localrun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.time.Duration;

/**
 * Loads the demo data (from the seed reports) through the public REST APIs only, never SQL, so the
 * demo exercises the same validation, outbox and events as real clients. Safe to run twice.
 */
public final class DemoDataLoader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLAN_FILE = Pattern.compile("^plan-([A-Za-z0-9._]+)-(\\d{4})\\.json$");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String planningUrl;

    public DemoDataLoader(String planningUrl) {
        this.planningUrl = planningUrl;
    }

    /** Returns the number of agencies loaded. */
    public int load(Path demoData) {
        try {
            JsonNode organisation = JSON.readTree(demoData.resolve("organisation.json").toFile());
            int agencies = 0;
            for (JsonNode tenant : organisation.get("tenants")) {
                ObjectNode body = ((ObjectNode) tenant.deepCopy());
                body.remove("agencies");
                String code = tenant.get("code").asText();
                upsert("/api/v1/tenants", "/api/v1/tenants/" + code, body, "code");
                for (JsonNode agency : tenant.get("agencies")) {
                    upsert("/api/v1/tenants/" + code + "/agencies",
                            "/api/v1/tenants/" + code + "/agencies/" + agency.get("code").asText(), agency, "code");
                    agencies++;
                }
            }
            importPlans(demoData);
            return agencies;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read demo data in " + demoData, e);
        }
    }

    /** Each {@code <tenant>/plan-<AGENCY>-<YEAR>.json} goes to that agency's plan-import endpoint. */
    private void importPlans(Path demoData) throws IOException {
        List<Path> plans;
        try (Stream<Path> files = Files.walk(demoData, 2)) {
            plans = files.filter(f -> PLAN_FILE.matcher(f.getFileName().toString()).matches()).sorted().toList();
        }
        for (Path plan : plans) {
            Matcher name = PLAN_FILE.matcher(plan.getFileName().toString());
            name.matches();
            String tenant = plan.getParent().getFileName().toString();
            String path = "/api/v1/tenants/" + tenant + "/agencies/" + name.group(1) + "/plan-import";
            int status = send("POST", path, JSON.readTree(plan.toFile()));
            if (status != 200) {
                throw new IllegalStateException("plan " + plan + " rejected with HTTP " + status);
            }
        }
    }

    /** POST to create; on 409 (already there) PUT the same fields without the key. */
    private void upsert(String collection, String item, JsonNode body, String keyField) throws IOException {
        int status = send("POST", collection, body);
        if (status == 409) {
            ObjectNode update = ((ObjectNode) body.deepCopy());
            update.remove(keyField);
            status = send("PUT", item, update);
        }
        if (status >= 300) {
            throw new IllegalStateException("demo data rejected by " + item + " with HTTP " + status);
        }
    }

    private int send(String method, String path, JsonNode body) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(planningUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 400 && response.statusCode() != 409) {
                // the body names the offending fields
                System.err.println(method + " " + path + " -> " + response.statusCode() + " " + response.body());
            }
            return response.statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
