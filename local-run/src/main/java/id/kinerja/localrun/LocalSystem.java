package id.kinerja.localrun;

import id.kinerja.testsupport.EmbeddedKafkaBroker;
import id.kinerja.testsupport.EmbeddedPostgresServer;

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
            env.putIfAbsent("JWT_PUBLIC_KEY_LOCATION", System.getenv().getOrDefault("JWT_PUBLIC_KEY_LOCATION",
                    "dev/jwt-public.pem"));
            services.add(ServiceProcess.start(options.home(), spec, env, options.logDir()));
        }
        for (ServiceProcess service : services) {
            service.awaitReady(Duration.ofSeconds(120));
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

    public String kafkaBootstrap() {
        return kafkaBootstrap;
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
