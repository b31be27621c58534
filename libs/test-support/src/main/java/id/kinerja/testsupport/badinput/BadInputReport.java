package id.kinerja.testsupport.badinput;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the generated requests got back: counts by outcome, and every answer that broke a rule. */
public final class BadInputReport {

    private int operations;
    private int writes;
    private int tried;
    private int serverErrors;
    private int accepted;
    private int notProblemJson;
    private int unnamed;
    private int leaks;
    private final Map<Integer, Integer> byStatus = new TreeMap<>();
    private final Map<String, Map<String, String>> written = new LinkedHashMap<>();
    private final Map<String, String> skipped = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();

    void operation(String key, int mutations) {
        operations++;
        if (!key.startsWith("GET ")) {
            writes++;
        }
    }

    void skipped(String key, String reason) {
        skipped.put(key, reason);
    }

    void written(String operation, Map<String, String> tables) {
        written.put(operation, tables);
        failures.add("WROTE " + operation + ": " + tables);
    }

    void answer(String label, String field, int status, String contentType, String body) {
        tried++;
        byStatus.merge(status, 1, Integer::sum);
        if (status >= 500) {
            serverErrors++;
            failures.add(status + " " + label + " " + abbreviate(body));
            return;
        }
        if (status < 400) {
            accepted++;
            failures.add(status + " (accepted) " + label + " " + abbreviate(body));
            return;
        }
        if (!contentType.startsWith("application/problem+json")) {
            notProblemJson++;
            failures.add(status + " not problem+json (" + contentType + ") " + label);
            return;
        }
        if (body.contains("Feature") || body.contains("`") || body.contains("com.fasterxml")) {
            leaks++;
            failures.add(status + " leaks internals " + label + " " + abbreviate(body));
        }
        if (field != null && !names(body, field)) {
            unnamed++;
            failures.add(status + " does not name '" + field + "' " + label + " " + abbreviate(body));
        }
    }

    /** The answer names the field when an error's field or the detail mentions it. */
    private static boolean names(String body, String field) {
        try {
            JsonNode problem = Mutations.json().readTree(body);
            for (JsonNode error : problem.path("errors")) {
                if (error.path("field").asText().contains(field)) {
                    return true;
                }
            }
            return problem.path("detail").asText().contains(field);
        } catch (Exception e) {
            return false;
        }
    }

    private static String abbreviate(String body) {
        String flat = body == null ? "" : body.replace('\n', ' ');
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }

    public int tried() {
        return tried;
    }

    public int serverErrors() {
        return serverErrors;
    }

    public int writtenOnReject() {
        return written.size();
    }

    /** Every broken rule: 5xx, accepted, not problem+json, field not named, internals leaked, written. */
    public List<String> failures() {
        return failures;
    }

    public String summary() {
        return "bad-input: " + operations + " operations (" + writes + " writes), " + tried + " requests tried, 5xx="
                + serverErrors
                + ", accepted=" + accepted + ", not problem+json=" + notProblemJson + ", field not named=" + unnamed
                + ", internals leaked=" + leaks + ", written-on-reject=" + written.size() + " operation(s)"
                + ", by status " + byStatus + (skipped.isEmpty() ? "" : ", skipped " + skipped);
    }
}
