package id.kinerja.bench;

import id.kinerja.localrun.LocalRunOptions;
import id.kinerja.localrun.LocalSystem;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * The system exactly as {@code ./run-local.sh --empty} starts it (embedded PostgreSQL, in-process Kafka,
 * the three packaged services as child JVMs), on free local ports, plus the synthetic organisations the
 * benchmarks need, created through the public APIs.
 */
final class BenchSystem implements AutoCloseable {

    final LocalSystem system;
    final String planning;
    final String realisation;
    final String reporting;
    final double startSeconds;

    private BenchSystem(LocalSystem system, double startSeconds) {
        this.system = system;
        this.startSeconds = startSeconds;
        this.planning = system.options().service("planning-service").baseUrl();
        this.realisation = system.options().service("realisation-service").baseUrl();
        this.reporting = system.options().service("reporting-service").baseUrl();
    }

    static BenchSystem start(Path home) {
        LocalRunOptions options = LocalRunOptions.isolated(home, home.resolve("bench/target/logs"));
        long started = System.nanoTime();
        LocalSystem system = LocalSystem.start(options);
        // Ctrl-C or a kill must not leave service JVMs behind
        Runtime.getRuntime().addShutdownHook(new Thread(system::close, "bench-stop"));
        return new BenchSystem(system, (System.nanoTime() - started) / 1e9);
    }

    Connection database(String name) throws SQLException {
        return DriverManager.getConnection(system.dbUrlPrefix() + name, "postgres", "postgres");
    }

    void tenant(String code, String province) {
        Http.send("POST", planning + "/api/v1/tenants", Http.JSON.createObjectNode().put("code", code)
                .put("name", "Pemerintah " + code).put("regionType", "KABUPATEN").put("province", province).toString());
    }

    /** Creates the agency and imports its synthetic plan for {@code year}. */
    void agencyWithPlan(String tenant, String agency, int year, int indicators, int subKegiatan) {
        Http.send("POST", planning + "/api/v1/tenants/" + tenant + "/agencies", Http.JSON.createObjectNode()
                .put("code", agency).put("name", "Perangkat Daerah " + agency).toString());
        Http.Reply reply = Http.send("POST", planning + "/api/v1/tenants/" + tenant + "/agencies/" + agency
                + "/plan-import", SyntheticPlan.document(year, indicators, subKegiatan));
        if (reply.status() != 200) {
            throw new IllegalStateException("plan import of " + agency + " -> " + reply.status() + " " + reply.body());
        }
    }

    /** Counter value of a service's Prometheus metric line starting with {@code prefix}, 0 when absent. */
    static double metric(String baseUrl, String prefix) {
        String text = Http.send("GET", baseUrl + "/q/metrics", null).body();
        double sum = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith(prefix)) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    /** Waits until reporting-service has applied {@code expected} realisation events since it started. */
    void awaitReportingApplied(double expected, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        long lastLog = 0;
        while (true) {
            double applied = metric(reporting, "kinerja_events_applied_total{consumer=\"reporting.realisation\"");
            if (applied >= expected) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("reporting applied " + applied + " of " + expected + " events in time");
            }
            if (System.nanoTime() - lastLog > 10_000_000_000L) {
                System.out.printf("  ... reporting has applied %.0f of %.0f realisation events%n", applied, expected);
                lastLog = System.nanoTime();
            }
            Http.sleep(500);
        }
    }

    List<Long> servicePids() {
        return system.pids();
    }

    @Override
    public void close() {
        system.close();
    }
}
