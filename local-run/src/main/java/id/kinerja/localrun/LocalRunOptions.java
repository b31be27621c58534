package id.kinerja.localrun;

import id.kinerja.testsupport.EmbeddedPostgresServer;
import id.kinerja.testsupport.Ports;

import java.nio.file.Path;
import java.util.List;

/**
 * How to start the local system. Ports default to the documented ones (planning 8081, realisation 8082,
 * reporting 8083); tests pass free ports. {@code externalKafka} / {@code externalDbUrlPrefix} skip the
 * embedded servers and use existing ones instead (the databases must exist there).
 */
public record LocalRunOptions(Path home, List<ServiceSpec> services, int postgresPort, int kafkaPort,
                              String externalKafka, String externalDbUrlPrefix, String dbUser, String dbPassword,
                              boolean loadDemoData, Path logDir) {

    public static LocalRunOptions defaults(Path home) {
        String env = System.getenv().getOrDefault("KINERJA_PORTS", "8081,8082,8083");
        String[] ports = env.split(",");
        return new LocalRunOptions(home,
                List.of(new ServiceSpec("planning-service", "planning-service", "planning", Integer.parseInt(ports[0].trim())),
                        new ServiceSpec("realisation-service", "realisation-service", "realisation", Integer.parseInt(ports[1].trim())),
                        new ServiceSpec("reporting-service", "reporting-service", "reporting", Integer.parseInt(ports[2].trim()))),
                Integer.parseInt(System.getenv().getOrDefault("PG_PORT", "0")),
                Integer.parseInt(System.getenv().getOrDefault("KAFKA_PORT", "0")),
                System.getenv("KAFKA_BOOTSTRAP"),
                System.getenv("DB_URL_PREFIX"),
                System.getenv().getOrDefault("DB_USER", "postgres"),
                System.getenv().getOrDefault("DB_PASSWORD", "postgres"),
                true,
                home.resolve("local-run/target/logs"));
    }

    /**
     * The whole system on free local ports with its own embedded PostgreSQL and Kafka, whatever the environment
     * says: for the end-to-end tests and the benchmarks, which must not meet a running local system.
     */
    public static LocalRunOptions isolated(Path home, Path logDir) {
        return new LocalRunOptions(home, List.of(
                new ServiceSpec("planning-service", "planning-service", "planning", Ports.free()),
                new ServiceSpec("realisation-service", "realisation-service", "realisation", Ports.free()),
                new ServiceSpec("reporting-service", "reporting-service", "reporting", Ports.free())),
                0, 0, null, null, EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD, false, logDir);
    }

    public LocalRunOptions withServices(List<ServiceSpec> services) {
        return new LocalRunOptions(home, services, postgresPort, kafkaPort, externalKafka, externalDbUrlPrefix, dbUser,
                dbPassword, loadDemoData, logDir);
    }

    public LocalRunOptions withDemoData(boolean load) {
        return new LocalRunOptions(home, services, postgresPort, kafkaPort, externalKafka, externalDbUrlPrefix, dbUser,
                dbPassword, load, logDir);
    }

    public ServiceSpec service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }
}
