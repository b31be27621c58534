package id.kinerja.localrun;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar local-run/target/kinerja-local-run.jar [--empty]}: starts everything, loads the
 * demo data, prints the URLs and runs until Ctrl-C / SIGTERM, then stops everything and removes its data.
 */
public final class LocalRun {

    private LocalRun() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        // the in-process broker narrates its own start and stop at WARN; only errors matter here
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
        boolean empty = Arrays.asList(args).contains("--empty");
        Path home = Path.of(System.getProperty("kinerja.home", ".")).toAbsolutePath().normalize();
        if (!Files.exists(home.resolve("demo-data"))) {
            System.err.println("Run from the repository root (or pass -Dkinerja.home=<repo>)");
            System.exit(2);
        }
        LocalRunOptions options = LocalRunOptions.defaults(home).withDemoData(!empty);
        if (Arrays.asList(args).contains("--infra-only")) {
            InfraOnly.run(options);
            return;
        }

        long started = System.nanoTime();
        System.out.println("Kinerja: starting PostgreSQL, Kafka and three services (logs in " + options.logDir() + ") ...");
        LocalSystem system;
        try {
            system = LocalSystem.start(options);
        } catch (RuntimeException e) {
            System.err.println("Kinerja did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nKinerja: stopping ...");
            system.close();
            System.out.println("Kinerja: stopped; temporary data removed.");
            stopped.countDown();
        }, "kinerja-shutdown"));
        double readySeconds = (System.nanoTime() - started) / 1e9;

        if (options.loadDemoData()) {
            int agencies;
            try {
                agencies = new DemoDataLoader(options.service("planning-service").baseUrl(),
                        options.service("realisation-service").baseUrl()).load(home.resolve("demo-data"));
            } catch (RuntimeException e) {
                System.err.println("Kinerja: the demo data could not be loaded: " + e.getMessage());
                System.exit(1); // the shutdown hook stops everything
                return;
            }
            System.out.printf("Demo data: %d agencies, their plans and realisations from the seed reports loaded"
                    + " through the public APIs%n", agencies);
        }
        printBanner(system, readySeconds);
        stopped.await();
    }

    /** The demo agencies' LKjIP (tenant/agencies/agency/lkjip/year), printed with their document URLs. */
    static final java.util.List<String> DEMO_DOCUMENTS = java.util.List.of(
            "kabupaten-batu-bara/agencies/DISNAKERPERINDAG/lkjip/2023",
            "kota-binjai/agencies/DISNAKERPERINDAG/lkjip/2023",
            "kota-dumai/agencies/DISNAKER/lkjip/2024");

    private static void printBanner(LocalSystem system, double readySeconds) {
        LocalRunOptions options = system.options();
        StringBuilder banner = new StringBuilder();
        banner.append(String.format("%nKinerja is up (all services ready in %.1f s)%n", readySeconds));
        banner.append(String.format("  Dashboard            %s/   (sign in as a demo user; docs/dashboard.md)%n",
                options.service("reporting-service").baseUrl()));
        for (ServiceSpec service : options.services()) {
            banner.append(String.format("  %-20s %s/q/swagger-ui   (health %s/q/health)%n", service.name(),
                    service.baseUrl(), service.baseUrl()));
        }
        String reporting = options.service("reporting-service").baseUrl();
        Path tokens = DemoTokens.write(options.home().resolve("local-run/target/demo-tokens.env"));
        banner.append(String.format("  Dashboard API        %s/api/v1/tenants/kota-dumai/agencies/DISNAKER/dashboard/2024%n",
                reporting));
        banner.append(String.format("  LKjIP documents      (PDF; ?format=docx for Word; docs/documents.md)%n"));
        for (String agencyYear : DEMO_DOCUMENTS) {
            banner.append(String.format("    %s/api/v1/tenants/%s/document%n", reporting, agencyYear));
        }
        banner.append(String.format("    %s/api/v1/tenants/kota-dumai/lkjip/2024/document   (the pemda's)%n",
                reporting));
        banner.append(String.format("    curl -OJ -H \"Authorization: Bearer $KINERJA_TOKEN_OPERATOR\" <url>%n"));
        banner.append(String.format("  Demo tokens          source %s   (then: curl -H \"Authorization: Bearer "
                + "$KINERJA_TOKEN_VIEWER_DUMAI\" ...; Swagger UI: Authorize)%n", tokens));
        banner.append(String.format("  PostgreSQL           %s{planning,realisation,reporting} (user postgres)%n",
                system.dbUrlPrefix()));
        banner.append(String.format("  Kafka                %s%n", system.kafkaBootstrap()));
        banner.append(String.format("  PIDs                 %s%n", system.pids()));
        banner.append("Press Ctrl-C to stop.");
        System.out.println(banner);
    }
}
