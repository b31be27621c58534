package id.kinerja.localrun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kinerja.testsupport.DevTokens;

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
    /** The loader acts as the platform operator (it creates the demo tenants). */
    private static final String TOKEN = DevTokens.mint(DevTokens.Claims.platformAdmin("demo-loader"));
    private static final Pattern PLAN_FILE = Pattern.compile("^plan-([A-Za-z0-9._]+)-(\\d{4})\\.json$");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Pattern REALISATION_FILE = Pattern.compile("^realisations-(\\d{4})\\.json$");
    private static final Pattern EVALUATION_FILE = Pattern.compile("^evaluations-([A-Za-z0-9._]+)-(\\d{4})\\.json$");
    private final String planningUrl;
    private final String realisationUrl;

    public DemoDataLoader(String planningUrl, String realisationUrl) {
        this.planningUrl = planningUrl;
        this.realisationUrl = realisationUrl;
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
            pushRealisations(demoData);
            recordEvaluations(demoData);
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

    /**
     * Each {@code <tenant>/realisations-<YEAR>.json} is pushed to realisation-service in bulk and approved.
     * realisation-service learns the plan from events, so a push is retried (503 + Retry-After) until its replica
     * has caught up.
     */
    private void pushRealisations(Path demoData) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(demoData, 2)) {
            files = walk.filter(f -> REALISATION_FILE.matcher(f.getFileName().toString()).matches()).sorted().toList();
        }
        for (Path file : files) {
            String tenant = file.getParent().getFileName().toString();
            JsonNode doc = JSON.readTree(file.toFile());
            String base = realisationUrl + "/api/v1/tenants/" + tenant;
            pushUntilAccepted(base + "/indicator-realisations/bulk", doc.get("indicatorRealisations"));
            pushUntilAccepted(base + "/budget-realisations/bulk", doc.get("budgetRealisations"));
            for (JsonNode period : doc.get("approve")) {
                for (String action : List.of("SUBMIT", "VERIFY", "APPROVE")) {
                    ObjectNode body = ((ObjectNode) period.deepCopy()).put("action", action);
                    if (sendTo(base + "/indicator-realisations/workflow", "POST", body) != 200) {
                        throw new IllegalStateException(action + " of " + period + " refused");
                    }
                }
            }
        }
    }

    /**
     * Each {@code <tenant>/evaluations-<AGENCY>-<YEAR>.json}: the AKIP evaluation as printed, then the follow-ups of
     * each recommendation that has none yet (so a second load adds nothing).
     */
    private void recordEvaluations(Path demoData) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(demoData, 2)) {
            files = walk.filter(f -> EVALUATION_FILE.matcher(f.getFileName().toString()).matches()).sorted().toList();
        }
        for (Path file : files) {
            Matcher name = EVALUATION_FILE.matcher(file.getFileName().toString());
            name.matches();
            String url = realisationUrl + "/api/v1/tenants/" + file.getParent().getFileName() + "/agencies/"
                    + name.group(1) + "/evaluations/" + name.group(2);
            JsonNode doc = JSON.readTree(file.toFile());
            if (sendTo(url, "PUT", doc.get("evaluation")) != 200) {
                throw new IllegalStateException("evaluation " + file + " refused");
            }
            JsonNode stored = JSON.readTree(get(url));
            for (JsonNode recommendation : stored.get("recommendations")) {
                String code = recommendation.get("code").asText();
                if (recommendation.get("followUps").isEmpty() && doc.path("followUps").has(code)) {
                    for (JsonNode followUp : doc.get("followUps").get(code)) {
                        if (sendTo(url + "/recommendations/" + code + "/follow-ups", "POST", followUp) != 200) {
                            throw new IllegalStateException("follow-up " + code + " of " + file + " refused");
                        }
                    }
                }
            }
        }
    }

    private String get(String url) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + TOKEN).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private void pushUntilAccepted(String url, JsonNode rows) throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        int status;
        // 503 + Retry-After: realisation-service has not received the plan yet (it waited a little already);
        // 422 from an older realisation-service that did not tell the two apart
        while (((status = sendTo(url, "POST", rows)) == 503 || status == 422) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
        if (status != 200) {
            throw new IllegalStateException("demo realisations rejected by " + url + " with HTTP " + status);
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
        return sendTo(planningUrl + path, method, body);
    }

    private int sendTo(String url, String method, JsonNode body) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 400 && response.statusCode() != 409 && response.statusCode() != 422
                    && response.statusCode() != 503) {
                // the body names the offending fields
                System.err.println(method + " " + url + " -> " + response.statusCode() + " " + response.body());
            }
            return response.statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
