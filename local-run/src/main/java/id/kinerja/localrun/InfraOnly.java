package id.kinerja.localrun;

import java.util.concurrent.CountDownLatch;

/**
 * {@code ./run-local.sh --infra-only}: embedded PostgreSQL (the three databases) and Kafka only, with the settings
 * a service started by hand needs, so {@code ./mvnw quarkus:dev -pl planning-service} runs against them with live
 * reload.
 */
final class InfraOnly {

    private InfraOnly() {
    }

    static void run(LocalRunOptions options) throws InterruptedException {
        System.out.println("Kinerja: starting PostgreSQL and Kafka only ...");
        LocalSystem system;
        try {
            system = LocalSystem.startInfrastructureOnly(options);
        } catch (RuntimeException e) {
            System.err.println("Kinerja infrastructure did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            system.close();
            System.out.println("\nKinerja: infrastructure stopped; temporary data removed.");
            stopped.countDown();
        }, "kinerja-shutdown"));
        System.out.println(banner(system));
        stopped.await();
    }

    static String banner(LocalSystem system) {
        StringBuilder out = new StringBuilder(String.format("%nKinerja infrastructure is up.%n"
                + "  PostgreSQL  %s{planning,realisation,reporting} (user %s)%n  Kafka       %s%n%n"
                + "Start a service with live reload, each in its own terminal (libraries built once with "
                + "./mvnw install -DskipTests):%n", system.dbUrlPrefix(), system.dbUser(), system.kafkaBootstrap()));
        for (ServiceSpec service : system.options().services()) {
            out.append(String.format("  DB_URL=%s%s DB_USER=%s DB_PASSWORD=%s KAFKA_BOOTSTRAP=%s HTTP_PORT=%d \\%n"
                            + "    ./mvnw quarkus:dev -pl %s%n", system.dbUrlPrefix(), service.database(),
                    system.dbUser(), system.dbPassword(), system.kafkaBootstrap(), service.port(), service.module()));
        }
        return out.append("Press Ctrl-C to stop.").toString();
    }
}
