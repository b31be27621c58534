package id.kinerja.testsupport.badinput;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads a service's OpenAPI document ({@code /q/openapi?format=json}), finds every write operation and sends
 * it bad input derived from a valid baseline ({@link Mutations}). Every answer must be a 4xx
 * {@code application/problem+json} naming the mutated field or parameter (a broken document may name just
 * "body"), with no Jackson internals in it; a database snapshot taken before and after each operation's
 * requests must show nothing written.
 *
 * <pre>
 * BadInputReport report = BadInputGenerator.against(URI.create("http://localhost:" + port), token)
 *         .pathValue("tenant", "kota-x").example("PUT /api/v1/tenants/{tenant}/rules", "{...}")
 *         .snapshots(() -> DatabaseSnapshot.take(jdbcUrl, user, password)).run();
 * </pre>
 */
public final class BadInputGenerator {

    private final URI base;
    private final String token;
    private final Map<String, String> pathValues = new LinkedHashMap<>();
    private final Map<String, String> examples = new LinkedHashMap<>();
    private final Map<String, String> skipped = new LinkedHashMap<>();
    private Supplier<DatabaseSnapshot> snapshots;
    private boolean reads;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private BadInputGenerator(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    public static BadInputGenerator against(URI base, String bearerToken) {
        return new BadInputGenerator(base, bearerToken);
    }

    /** The valid value of a path parameter, e.g. {@code tenant} → {@code kota-x}, {@code year} → {@code 2025}. */
    public BadInputGenerator pathValue(String name, String value) {
        pathValues.put(name, value);
        return this;
    }

    /** A valid body for an operation whose schema is not enough (e.g. a bulk endpoint reading raw bytes). */
    public BadInputGenerator example(String operationKey, String json) {
        examples.put(operationKey, json);
        return this;
    }

    /** Leaves an operation out, with the reason printed in the report. */
    public BadInputGenerator skip(String operationKey, String reason) {
        skipped.put(operationKey, reason);
        return this;
    }

    /** Also sends malformed parameters to the read (GET) operations: a query flag or year is read strictly there too. */
    public BadInputGenerator includingReads() {
        this.reads = true;
        return this;
    }

    public BadInputGenerator snapshots(Supplier<DatabaseSnapshot> snapshots) {
        this.snapshots = snapshots;
        return this;
    }

    /** A valid value for a path parameter the test names no value for, so only the mutated one is wrong. */
    private static String validPathValue(OpenApiOperations.Param param) {
        String type = param.schema() == null ? "" : param.schema().path("type").asText("");
        return "integer".equals(type) || "number".equals(type) ? "1" : "X1";
    }

    public BadInputReport run() throws IOException, InterruptedException {
        OpenApiOperations api = new OpenApiOperations(Mutations.json().readTree(get("/q/openapi?format=json")));
        BaselineBody baselines = new BaselineBody(api);
        BadInputReport report = new BadInputReport();
        DatabaseSnapshot before = snapshots == null ? null : DatabaseSnapshot.settled(snapshots);
        for (OpenApiOperations.Operation operation : reads ? api.writesAndReads() : api.writes()) {
            if (skipped.containsKey(operation.key())) {
                report.skipped(operation.key(), skipped.get(operation.key()));
                continue;
            }
            JsonNode baseline = examples.containsKey(operation.key())
                    ? Mutations.json().readTree(examples.get(operation.key()))
                    : operation.bodySchema() == null || !isJson(operation) ? null : baselines.of(operation.bodySchema());
            Map<String, String> values = new LinkedHashMap<>();
            for (OpenApiOperations.Param param : operation.params()) {
                if ("path".equals(param.in())) {
                    values.put(param.name(), pathValues.getOrDefault(param.name(), validPathValue(param)));
                }
            }
            List<Mutation> mutations = new Mutations(api, operation, baseline, values).all();
            report.operation(operation.key(), mutations.size());
            for (Mutation mutation : mutations) {
                send(operation, mutation, report);
            }
            if (snapshots != null) {
                DatabaseSnapshot after = snapshots.get();
                Map<String, String> written = before.differencesTo(after);
                if (!written.isEmpty()) {
                    report.written(operation.key(), written);
                    before = after;
                }
            }
        }
        return report;
    }

    private static boolean isJson(OpenApiOperations.Operation operation) {
        return operation.bodyMediaType() != null && operation.bodyMediaType().contains("json");
    }

    private void send(OpenApiOperations.Operation operation, Mutation mutation, BadInputReport report)
            throws IOException, InterruptedException {
        String path = operation.path();
        for (Map.Entry<String, String> value : mutation.pathValues().entrySet()) {
            path = path.replace("{" + value.getKey() + "}", encode(value.getValue()));
        }
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> q : mutation.query().entrySet()) {
            query.append(query.isEmpty() ? '?' : '&').append(encode(q.getKey())).append('=').append(encode(q.getValue()));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path + query))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "*/*") // what a plain client sends; a 406 would hide the real answer
                .method(operation.method(), mutation.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(mutation.body()));
        if (mutation.body() != null) {
            request.header("Content-Type", "application/json");
        }
        for (Map.Entry<String, String> header : mutation.headers().entrySet()) {
            try {
                request.header(header.getKey(), header.getValue());
            } catch (IllegalArgumentException e) {
                return; // java.net.http refuses to send it at all: nothing for the service to answer
            }
        }
        String label = operation.key() + " " + mutation.label();
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            report.answer(label, mutation.field(), response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (HttpTimeoutException e) {
            report.answer(label, mutation.field(), 599, "", "no answer within 30 s");
        }
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** Percent-encodes everything outside the unreserved characters, as UTF-8. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
