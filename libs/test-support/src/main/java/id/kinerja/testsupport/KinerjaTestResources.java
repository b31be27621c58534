package id.kinerja.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Starts a real PostgreSQL and a real Kafka broker once per test JVM, in parallel, and points the
 * Quarkus application under test at them. Use with
 * {@code @QuarkusTestResource(value = KinerjaTestResources.class, initArgs = @ResourceArg(name = "database", value = "planning"))}.
 */
public class KinerjaTestResources implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgresServer postgres;
    private static EmbeddedKafkaBroker kafka;
    private String database = "kinerja";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public synchronized Map<String, String> start() {
        if (postgres == null) {
            CompletableFuture<EmbeddedPostgresServer> pg =
                    CompletableFuture.supplyAsync(() -> EmbeddedPostgresServer.start(0, List.of(database)));
            CompletableFuture<EmbeddedKafkaBroker> broker =
                    CompletableFuture.supplyAsync(() -> EmbeddedKafkaBroker.start(0, 3));
            postgres = pg.join();
            kafka = broker.join();
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.username", EmbeddedPostgresServer.USER,
                "quarkus.datasource.password", EmbeddedPostgresServer.PASSWORD,
                "kafka.bootstrap.servers", kafka.bootstrapServers());
    }

    @Override
    public synchronized void stop() {
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    /** The broker of this test JVM, e.g. to stop and restart it in an outage test. */
    public static EmbeddedKafkaBroker kafka() {
        return kafka;
    }

    public static EmbeddedPostgresServer postgres() {
        return postgres;
    }
}
