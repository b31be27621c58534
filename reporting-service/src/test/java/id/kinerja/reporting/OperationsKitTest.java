package id.kinerja.reporting;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every metric the Grafana dashboard and the Prometheus alerts of deploy/ query is one a service really exposes
 * (reporting-service has every family: HTTP, outbox, consumers, freshness, Kafka clients, JVM, pool), so a
 * renamed metric breaks the build instead of leaving an operator with an empty panel or an alert that never fires.
 */
@QuarkusTest
class OperationsKitTest {

    static final Path MONITORING = Path.of(System.getProperty("kinerja.home", "..")).toAbsolutePath().normalize()
            .resolve("deploy/k8s/base/monitoring");
    static final Pattern METRIC = Pattern.compile(
            "\\b((?:kinerja|http_server_requests|kafka_consumer|jvm|agroal)_[a-z_]+)\\b");

    static Set<String> queried() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MONITORING)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = METRIC.matcher(Files.readString(file));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    @Test
    void everyQueriedMetricIsExposed() throws IOException {
        Set<String> queried = queried();
        assertThat(queried).contains("kinerja_outbox_pending", "http_server_requests_seconds_bucket",
                "kafka_consumer_fetch_manager_records_lag_max", "agroal_active_count", "kinerja_figures_freshness_seconds");
        given().get("/api/v1/finding-types").then().statusCode(200); // an HTTP request has been timed
        System.gc(); // the GC pause timer appears with the first collection
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            String exposed = given().get("/q/metrics").then().statusCode(200).extract().asString();
            assertThat(queried).allSatisfy(name -> assertThat(exposed).as(name).containsPattern("(?m)^" + name + "[{ ]"));
        });
    }
}
