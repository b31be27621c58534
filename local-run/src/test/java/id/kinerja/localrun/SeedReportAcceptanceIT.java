package id.kinerja.localrun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The three seed reports, loaded through the public APIs, checked from the APIs against two tables in
 * {@code src/test/resources/acceptance}: {@code printed-figures.tsv} (figures the reports print correctly) and
 * {@code inconsistencies.tsv} (every inconsistency ID of the extractions and how the system covers it: the
 * correct VALUE where the print is wrong, a FINDING that names it, an input REFUSED, an ENGINE_TEST, an error of
 * a hand-made document that the generated documents PREVENTED (backed by a named test of this module, which must
 * exist), or NOT_COVERED with the reason).
 */
class SeedReportAcceptanceIT {

    /** Inconsistency IDs per report in {@code shared/domain/extractions}: BB-E01..36, BJ-E01..28, DM-E01..45. */
    static final Map<String, Integer> IDS = Map.of("BB", 36, "BJ", 28, "DM", 45);
    static final Map<String, String> ALIASES = Map.of(
            "{BB}", "/api/v1/tenants/kabupaten-batu-bara/agencies/DISNAKERPERINDAG",
            "{BJ}", "/api/v1/tenants/kota-binjai/agencies/DISNAKERPERINDAG",
            "{DM}", "/api/v1/tenants/kota-dumai/agencies/DISNAKER");
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String TOKEN = id.kinerja.testsupport.DevTokens.mint(
            id.kinerja.testsupport.DevTokens.Claims.platformAdmin("acceptance"));
    static SharedSystem system;

    record Check(String id, String coverage, String endpoint, String selector, String expected, String how) {
        boolean checkable() {
            return coverage.equals("VALUE") || coverage.equals("FINDING") || coverage.equals("REFUSED");
        }
    }

    @BeforeAll
    static void start() throws Exception {
        system = SharedSystem.get();
    }

    @Test
    void everyInconsistencyIdIsListedOnceWithItsCoverage() throws IOException {
        List<Check> rows = table("inconsistencies.tsv");
        Map<String, Long> counts = rows.stream().collect(Collectors.groupingBy(Check::id, Collectors.counting()));
        List<String> expectedIds = new ArrayList<>();
        IDS.forEach((report, n) -> {
            for (int i = 1; i <= n; i++) {
                expectedIds.add(String.format("%s-E%02d", report, i));
            }
        });
        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(expectedIds);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.coverage()).isIn("VALUE", "FINDING", "REFUSED", "ENGINE_TEST", "PREVENTED", "NOT_COVERED");
            if (r.coverage().equals("PREVENTED")) {
                assertThat(preventedBy(r.endpoint())).as(r.id() + " names an existing test: " + r.endpoint()).isTrue();
            }
            assertThat(r.how()).as(r.id() + " says how or why").isNotBlank();
            if (r.coverage().equals("NOT_COVERED")) {
                assertThat(counts.get(r.id())).as(r.id() + " is either covered or not").isEqualTo(1L);
            }
        });
        Map<String, Map<String, Integer>> summary = new TreeMap<>();
        rows.stream().map(Check::id).distinct().forEach(id -> {
            boolean covered = rows.stream().anyMatch(r -> r.id().equals(id) && !r.coverage().equals("NOT_COVERED"));
            summary.computeIfAbsent(id.substring(0, 2), k -> new TreeMap<>())
                    .merge(covered ? "covered" : "not covered", 1, Integer::sum);
        });
        System.out.println("Inconsistency coverage per report: " + summary);
        Map<String, Map<String, Long>> byCategory = new TreeMap<>();
        rows.stream().collect(Collectors.groupingBy(Check::id, TreeMap::new, Collectors.mapping(Check::coverage,
                Collectors.toCollection(java.util.TreeSet::new)))).forEach((id, coverages) -> byCategory
                .computeIfAbsent(id.substring(0, 2), k -> new TreeMap<>()).merge(coverages.first(), 1L, Long::sum));
        System.out.println("Inconsistency IDs per report by (first) category: " + byCategory);
    }

    /**
     * {@code local-run DocumentsIT#method}: a PREVENTED row counts only when that test method exists here (it asserts
     * the property of the generated documents that makes the error impossible).
     */
    static boolean preventedBy(String endpoint) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^local-run (\\w+)#(\\w+)$").matcher(endpoint);
        if (!m.matches()) {
            return false;
        }
        try {
            return java.util.Arrays.stream(Class.forName("id.kinerja.localrun." + m.group(1)).getDeclaredMethods())
                    .anyMatch(method -> method.getName().equals(m.group(2)) && method.isAnnotationPresent(Test.class));
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @TestFactory
    Stream<DynamicTest> inconsistencies() throws IOException {
        return table("inconsistencies.tsv").stream().filter(Check::checkable)
                .map(c -> DynamicTest.dynamicTest(c.id() + " " + c.coverage() + ": " + c.how(), () -> verify(c)));
    }

    @TestFactory
    Stream<DynamicTest> printedFigures() throws IOException {
        return table("printed-figures.tsv").stream()
                .map(c -> DynamicTest.dynamicTest(c.id() + ": " + c.how(), () -> verify(c)));
    }

    static void verify(Check check) {
        if (check.coverage().equals("REFUSED")) {
            refused(check);
            return;
        }
        // reporting-service follows the topics: give the last events a moment
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode body = get(check.endpoint());
            JsonNode actual = JsonSelector.select(body, check.selector());
            assertThat(JsonSelector.matches(actual, check.expected()))
                    .as("%s: %s of %s is %s, expected %s", check.id(), check.selector(), check.endpoint(), actual,
                            check.expected())
                    .isTrue();
        });
    }

    /** {@code planning:PUT /path < file.json}: the input as printed is refused with that status. */
    static void refused(Check check) {
        String[] parts = check.endpoint().split(" ");
        String service = parts[0].substring(0, parts[0].indexOf(':'));
        String method = parts[0].substring(parts[0].indexOf(':') + 1);
        try (InputStream in = SeedReportAcceptanceIT.class.getResourceAsStream("/acceptance/" + parts[3])) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base(service) + parts[1]))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + TOKEN)
                    .method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(String.valueOf(response.statusCode())).isEqualTo(check.expected());
            assertThat(response.body()).contains(check.selector());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<Check> table(String name) throws IOException {
        List<Check> rows = new ArrayList<>();
        try (InputStream in = SeedReportAcceptanceIT.class.getResourceAsStream("/acceptance/" + name)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length != 6) {
                    throw new IllegalStateException(name + ": 6 tab-separated columns expected in " + line);
                }
                rows.add(new Check(c[0].trim(), c[1].trim(), expand(c[2].trim()), c[3].trim(), c[4].trim(), c[5].trim()));
            }
        }
        return rows;
    }

    static String expand(String endpoint) {
        for (Map.Entry<String, String> alias : ALIASES.entrySet()) {
            endpoint = endpoint.replace(alias.getKey(), alias.getValue());
        }
        return endpoint;
    }

    static String base(String service) {
        return switch (service) {
            case "planning" -> system.planning;
            case "realisation" -> system.realisation;
            default -> system.reporting;
        };
    }

    static JsonNode get(String endpoint) throws Exception {
        String service = endpoint.startsWith("planning:") ? "planning" : endpoint.startsWith("realisation:")
                ? "realisation" : "reporting";
        String path = endpoint.contains(":/") ? endpoint.substring(endpoint.indexOf(":/") + 1) : endpoint;
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base(service) + expand(path)))
                .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
