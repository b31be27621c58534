package id.kinerja.localrun;

import java.nio.file.Path;

/**
 * One running system per test JVM, started exactly as {@code ./run-local.sh} starts it (packaged services as
 * child JVMs, embedded PostgreSQL, in-process Kafka) and loaded with the demo data through the public APIs;
 * the end-to-end and acceptance tests share it, and a shutdown hook stops it.
 */
final class SharedSystem {

    private static SharedSystem instance;

    final Path home;
    final String planning;
    final String realisation;
    final String reporting;
    /** {@code jdbc:postgresql://host:port/}: append a service's database name (user/password: EmbeddedPostgresServer). */
    String dbUrlPrefix;

    private SharedSystem(Path home, String planning, String realisation, String reporting) {
        this.home = home;
        this.planning = planning;
        this.realisation = realisation;
        this.reporting = reporting;
    }

    static synchronized SharedSystem get() throws Exception {
        if (instance == null) {
            Path home = Path.of(System.getProperty("kinerja.home", "..")).toAbsolutePath().normalize();
            LocalRunOptions options = LocalRunOptions.isolated(home, home.resolve("local-run/target/it-logs"));
            LocalSystem system = LocalSystem.start(options);
            Runtime.getRuntime().addShutdownHook(new Thread(system::close, "it-system-stop"));
            String planning = options.service("planning-service").baseUrl();
            instance = new SharedSystem(home, planning, options.service("realisation-service").baseUrl(),
                    options.service("reporting-service").baseUrl());
            instance.dbUrlPrefix = system.dbUrlPrefix();
            new DemoDataLoader(planning, instance.realisation).load(home.resolve("demo-data"));
        }
        return instance;
    }
}
