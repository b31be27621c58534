package id.kinerja.localrun;

import id.kinerja.testsupport.EmbeddedKafkaBroker;
import id.kinerja.testsupport.EmbeddedPostgresServer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The whole of Kinerja on one machine: a real PostgreSQL (one database per service), a real Kafka
 * broker, and the three services as child JVMs. {@link #close()} stops them in reverse order and
 * removes the temporary data.
 */
public final class LocalSystem implements AutoCloseable {

    private final LocalRunOptions options;
    private EmbeddedPostgresServer postgres;
    private EmbeddedKafkaBroker kafka;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final Map<String, Map<String, String>> environments = new HashMap<>();
    private String kafkaBootstrap;
    private String dbUrlPrefix;

    private LocalSystem(LocalRunOptions options) {
        this.options = options;
    }

    public static LocalSystem start(LocalRunOptions options) {
        LocalSystem system = new LocalSystem(options);
        try {
            system.startInfrastructure();
            system.startServices();
            return system;
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
    }

    /**
     * PostgreSQL (with every service's database) and Kafka only, for {@code ./mvnw quarkus:dev} of the services
     * against them ({@code ./run-local.sh --infra-only}).
     */
    public static LocalSystem startInfrastructureOnly(LocalRunOptions options) {
        LocalSystem system = new LocalSystem(options);
        try {
            system.startInfrastructure();
            return system;
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
    }

    private void startInfrastructure() {
        // distinct: several instances of one service (pods) share its database
        List<String> databases = options.services().stream().map(ServiceSpec::database).distinct().toList();
        CompletableFuture<EmbeddedPostgresServer> pg = options.externalDbUrlPrefix() != null
                ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> EmbeddedPostgresServer.start(options.postgresPort(), databases));
        CompletableFuture<EmbeddedKafkaBroker> broker = options.externalKafka() != null
                ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> EmbeddedKafkaBroker.start(options.kafkaPort(), 6));
        try {
            postgres = pg.join();
        } finally {
            kafka = broker.join();
        }
        kafkaBootstrap = kafka != null ? kafka.bootstrapServers() : options.externalKafka();
        dbUrlPrefix = postgres != null ? "jdbc:postgresql://127.0.0.1:" + postgres.port() + "/"
                : options.externalDbUrlPrefix();
    }

    private void startServices() {
        for (ServiceSpec spec : options.services()) {
            requireFree(spec);
        }
        for (ServiceSpec spec : options.services()) {
            Map<String, String> env = new HashMap<>();
            env.put("DB_URL", dbUrlPrefix + spec.database());
            env.put("DB_USER", postgres != null ? EmbeddedPostgresServer.USER : options.dbUser());
            env.put("DB_PASSWORD", postgres != null ? EmbeddedPostgresServer.PASSWORD : options.dbPassword());
            env.put("KAFKA_BOOTSTRAP", kafkaBootstrap);
            // the development key pair: tokens from DevTokens / ./dev-token.sh; never trusted in production
            String key = System.getenv().getOrDefault("JWT_PUBLIC_KEY_LOCATION", "dev/jwt-public.pem");
            env.putIfAbsent("JWT_PUBLIC_KEY_LOCATION", key);
            // the services refuse the development key in production mode unless told this is a local run
            if (key.equals("dev/jwt-public.pem")) {
                env.put("KINERJA_ALLOW_DEV_KEY", "true");
                if (spec.name().equals("reporting-service")) {
                    // the dashboard's sign-in page hands out demo tokens signed with the same development key
                    env.put("DASHBOARD_DEMO_SIGNIN_KEY", devSigningKey().toString());
                    env.putIfAbsent("DASHBOARD_DEFAULT_YEAR", System.getenv().getOrDefault("DASHBOARD_DEFAULT_YEAR", "2024"));
                }
            }
            environments.put(spec.name(), env);
            try {
                java.nio.file.Files.deleteIfExists(options.logDir().resolve(spec.name() + ".log"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            services.add(ServiceProcess.start(options.home(), spec, env, options.logDir()));
        }
        for (ServiceProcess service : services) {
            // a loaded machine (shared CI, the benchmarks) may need longer: -Dkinerja.ready.seconds
            service.awaitReady(Duration.ofSeconds(Long.getLong("kinerja.ready.seconds", 120)));
        }
    }

    /** The development private key (committed in test-support on purpose) as a file the reporting service can read. */
    private Path devSigningKey() {
        Path file = options.logDir().resolve("dev-signin-key.pem");
        try (java.io.InputStream in = LocalSystem.class.getResourceAsStream("/dev/jwt-private.pem")) {
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.write(file, in.readAllBytes());
            return file.toAbsolutePath();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Another process on the port would answer the readiness probe in the new service's place. */
    private static void requireFree(ServiceSpec spec) {
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new java.net.InetSocketAddress(spec.port()));
        } catch (java.io.IOException inUse) {
            throw new IllegalStateException("port " + spec.port() + " for " + spec.name() + " is in use (another Kinerja"
                    + " still running?); stop it or choose ports with KINERJA_PORTS=8091,8092,8093");
        }
    }

    /** Fault tests: SIGKILL of a service, no shutdown hooks, no graceful close (like an OOM kill or a lost node). */
    public synchronized void kill(String service) {
        process(service).kill();
    }

    /** Starts a killed (or stopped) service again with the same settings and waits until it is ready. */
    public synchronized void restart(String service) {
        ServiceProcess old = process(service);
        old.close();
        ServiceProcess started = ServiceProcess.start(options.home(), old.spec(), environments.get(service),
                options.logDir());
        services.set(services.indexOf(old), started);
        started.awaitReady(Duration.ofSeconds(180));
    }

    /** Fault tests: stops the embedded broker (keeping its data) ... */
    public void stopKafka() {
        requireEmbedded(kafka, "Kafka").stop();
    }

    /** ... and starts it again on the same port with the same topics. */
    public void startKafka() {
        requireEmbedded(kafka, "Kafka").restart();
    }

    /** Fault tests: PostgreSQL stops (every service loses its connections) and comes back after {@code down}. */
    public void restartPostgres(Duration down) {
        requireEmbedded(postgres, "PostgreSQL").restart(down);
    }

    private static <T> T requireEmbedded(T server, String what) {
        if (server == null) {
            throw new IllegalStateException(what + " is external here; the fault tests need the embedded one");
        }
        return server;
    }

    private ServiceProcess process(String service) {
        return services.stream().filter(p -> p.spec().name().equals(service)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + service));
    }

    public String kafkaBootstrap() {
        return kafkaBootstrap;
    }

    public String dbUser() {
        return postgres != null ? EmbeddedPostgresServer.USER : options.dbUser();
    }

    public String dbPassword() {
        return postgres != null ? EmbeddedPostgresServer.PASSWORD : options.dbPassword();
    }

    public String dbUrlPrefix() {
        return dbUrlPrefix;
    }

    public List<Long> pids() {
        List<Long> pids = new ArrayList<>(services.stream().map(ServiceProcess::pid).toList());
        pids.add(ProcessHandle.current().pid());
        return pids;
    }

    public LocalRunOptions options() {
        return options;
    }

    @Override
    public synchronized void close() {
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).close();
        }
        services.clear();
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }
}
