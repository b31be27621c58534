package id.kinerja.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.events.EventCatalog;
import id.kinerja.events.EventCodec;
import id.kinerja.events.EventPeriod;
import id.kinerja.events.realisation.PeriodLockPayload;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The open data package of DashboardTest's Dumai 2024, once its four quarters are locked: listed in the
 * catalogue, every CSV valid against its own table schema in datapackage.json (header, types, primary key),
 * and its stored figures equal to the public dashboard's.
 */
@QuarkusTest
class OpenDataPackageTest {

    static final String PUBLIC = "/api/v1/public/tenants/" + DashboardTest.T;
    static final String PACKAGES = "/api/v1/public/datapackages/" + DashboardTest.T;

    @BeforeAll
    static void data() {
        DashboardTest.events();
        for (int q = 1; q <= 4; q++) {
            DashboardTest.send(EventCatalog.PERIOD_LOCK_CHANGED, "2024/" + q, 1, EventPeriod.quarter(2024, q),
                    new PeriodLockPayload(2024, q, true, "tutup buku", "admin"));
        }
    }

    @Test
    void thePackageValidatesAgainstItsSchemasAndHasTheDashboardsFigures() throws Exception {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(PUBLIC + "/agencies/"
                + DashboardTest.A + "/dashboard/2024").then().statusCode(200).body("budget.spent", equalTo(96685000)));
        given().get("/api/v1/public/datapackages").then().statusCode(200)
                .body("find { it.tenant == '" + DashboardTest.T + "' && it.year == 2024 }.url",
                        equalTo(PACKAGES + "/2024"));
        given().get(PACKAGES + "/2025").then().statusCode(404);

        Map<String, byte[]> files = unzip(given().get(PACKAGES + "/2024").then().statusCode(200)
                .contentType("application/zip").extract().asByteArray());
        JsonNode descriptor = EventCodec.mapper().readTree(files.get("datapackage.json"));
        assertThat(descriptor.path("profile").asText()).isEqualTo("tabular-data-package");
        Map<String, List<Map<String, String>>> tables = new HashMap<>();
        for (JsonNode resource : descriptor.path("resources")) {
            String path = resource.path("path").asText();
            assertThat(files).containsKey(path);
            tables.put(resource.path("name").asText(), validate(resource, new String(files.get(path),
                    StandardCharsets.UTF_8)));
        }
        assertThat(files.keySet()).hasSize(descriptor.path("resources").size() + 1);
        assertThat(tables.keySet()).contains("organisation", "renstra", "indicators", "targets", "pk", "budget",
                "realisations", "spending", "indicator_figures", "agency_figures", "findings");

        JsonPath dashboard = given().get(PUBLIC + "/agencies/" + DashboardTest.A + "/dashboard/2024").then()
                .extract().jsonPath().using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        Map<String, String> iku2 = tables.get("indicator_figures").stream()
                .filter(r -> r.get("indicator_code").equals("DM-IKU-2")).findFirst().orElseThrow();
        assertThat(new BigDecimal(iku2.get("capaian")))
                .isEqualByComparingTo((BigDecimal) dashboard.get("sasaran[0].indicators[1].capaian"));
        assertThat(iku2.get("predicate")).isEqualTo(dashboard.getString("sasaran[0].indicators[1].predicate"));
        assertThat(iku2.get("rules_version")).isEqualTo(dashboard.getString("rules.version"));
        Map<String, String> agency = tables.get("agency_figures").stream()
                .filter(r -> r.get("agency_code").equals(DashboardTest.A)).findFirst().orElseThrow();
        assertThat(new BigDecimal(agency.get("absorption")))
                .isEqualByComparingTo((BigDecimal) dashboard.get("budget.absorption"));
        assertThat(new BigDecimal(agency.get("organisation_average")))
                .isEqualByComparingTo((BigDecimal) dashboard.get("organisationAverage.value"));
        // the published dashboards come as tables too, without a token
        given().queryParam("format", "csv").get(PUBLIC + "/agencies/" + DashboardTest.A + "/dashboard/2024").then()
                .statusCode(200).body(org.hamcrest.Matchers.containsString("DM-IKU-2"));
        given().queryParam("format", "xlsx").get(PUBLIC + "/dashboard/2024").then().statusCode(200)
                .contentType(ExportTest.XLSX);
        // approved realisations only: IKU-3 is merely submitted
        assertThat(tables.get("realisations")).extracting(r -> r.get("indicator_code"))
                .contains("DM-IKU-1", "DM-IKU-2").doesNotContain("DM-IKU-3");
        assertThat(tables.get("findings")).extracting(r -> r.get("type")).contains("REPORTED_TOTAL_DIFFERS");
    }

    /** Checks a CSV against its Frictionless table schema: header, each value's type, the primary key. */
    static List<Map<String, String>> validate(JsonNode resource, String csv) {
        List<List<String>> lines = parse(csv);
        List<String> names = new ArrayList<>();
        Map<String, String> types = new HashMap<>();
        resource.path("schema").path("fields").forEach(f -> {
            names.add(f.path("name").asText());
            types.put(f.path("name").asText(), f.path("type").asText());
        });
        String name = resource.path("name").asText();
        assertThat(lines.get(0)).as(name + " header").isEqualTo(names);
        List<String> key = new ArrayList<>();
        resource.path("schema").path("primaryKey").forEach(k -> key.add(k.asText()));
        Set<List<String>> keys = new HashSet<>();
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> line : lines.subList(1, lines.size())) {
            assertThat(line).as(name + " row width").hasSize(names.size());
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                String v = line.get(i);
                row.put(names.get(i), v);
                if (!v.isEmpty()) {
                    String pattern = switch (types.get(names.get(i))) {
                        case "integer" -> "-?\\d+";
                        case "number" -> "-?\\d+(\\.\\d+)?";
                        case "boolean" -> "true|false";
                        case "date" -> "\\d{4}-\\d{2}-\\d{2}";
                        default -> "(?s).*";
                    };
                    assertThat(v).as(name + "." + names.get(i)).matches(pattern);
                    if (types.get(names.get(i)).equals("date")) {
                        LocalDate.parse(v);
                    }
                }
            }
            assertThat(keys.add(key.stream().map(row::get).toList())).as(name + " primary key " + key).isTrue();
            rows.add(row);
        }
        return rows;
    }

    /** RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks. */
    static List<List<String>> parse(String csv) {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                line.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                line.add(field.toString());
                field.setLength(0);
                lines.add(line);
                line = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        return lines;
    }

    static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
