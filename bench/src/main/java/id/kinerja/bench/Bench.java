package id.kinerja.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code bench/run.sh <scenario> [--quick] [--tenants N] [--seconds S]}: starts the system as the local run
 * does (embedded PostgreSQL, in-process Kafka, the packaged services on free local ports), measures, prints a
 * results table, appends it to {@code bench/results/<time>.md} and stops everything.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
        List<String> list = Arrays.asList(args);
        String scenario = args.length > 0 ? args[0] : "all";
        boolean quick = list.contains("--quick");
        int tenants = option(list, "--tenants", quick ? 2 : 10);
        int seconds = option(list, "--seconds", quick ? 10 : 60);
        // the province read: 35 pemda × 35 agencies (1 225) unless --tenants says otherwise
        int provinceTenants = list.contains("--tenants") ? tenants : quick ? 4 : 35;
        Path home = Path.of(System.getProperty("kinerja.home", ".")).toAbsolutePath().normalize();
        Path file = home.resolve("bench/results/" + LocalDateTime.now().format(DateTimeFormatter.ofPattern(
                "yyyyMMdd-HHmmss")) + "-" + scenario + (quick ? "-quick" : "") + ".md");
        System.out.println(Results.machine());

        List<String> scenarios = scenario.equals("all")
                ? List.of("footprint", "ingest", "replay", "freshness", "scale") : List.of(scenario);
        for (String s : scenarios) {
            long started = System.nanoTime();
            System.out.println("\n== " + s + " ==");
            try (BenchSystem system = BenchSystem.start(home)) {
                switch (s) {
                    case "footprint" -> {
                        Http.sleep(5000); // settle after start
                        Results results = new Results("Footprint: resident memory after start, idle", "process", "RSS");
                        Footprint.run(system, results);
                        results.write(file);
                    }
                    case "ingest" -> {
                        Results results = new Results("Bulk ingest: push API vs the database's own limit", "rows",
                                "API s", "API rows/s", "JDBC batch rows/s", "COPY rows/s", "API / JDBC batch",
                                "API / COPY");
                        IngestBench ingest = new IngestBench(system);
                        for (long rows : quick ? new long[]{1_000, 10_000, 100_000} : new long[]{10_000, 100_000, 1_000_000}) {
                            ingest.run(rows, results);
                        }
                        ingest.run(quick ? 10_000 : 100_000, results, true);
                        results.note("API: validated against the plan replica, audit row and outbox event per row, "
                                + "requests of 10 000 rows sent one after another by one client. Baselines: the same rows "
                                + "into a bare table (natural-key primary key) of the same PostgreSQL, JDBC batches of 1 000 "
                                + "with a commit per 10 000, and COPY in chunks of 10 000. The whole system runs meanwhile: "
                                + "reporting-service consumes every event and announces figures, both relays publish; "
                                + "\"reporting paused\" stops reporting-service (SIGSTOP) during the push.");
                        results.write(file);
                    }
                    case "replay" -> {
                        Results results = new Results("Replay: rebuild reporting-service's read models from the topics",
                                "events", "seconds", "events/s");
                        IngestBench ingest = new IngestBench(system);
                        Results ignored = new Results("ingest for replay", "rows", "a", "b", "c", "d", "e", "f");
                        long first = quick ? 10_000 : 100_000;
                        long second = quick ? 90_000 : 900_000;
                        ingest.run(first, ignored);
                        system.awaitReportingApplied(ingest.rowsPushed, Duration.ofMinutes(30));
                        ReplayBench.run(system, results);
                        ingest.run(second, ignored);
                        system.awaitReportingApplied(ingest.rowsPushed + first, Duration.ofMinutes(60));
                        ReplayBench.run(system, results);
                        results.note("Events: every planning and realisation event in the topics (the synthetic plans "
                                + "and one realisation event per row); reporting-service empties its views and applies them "
                                + "again with the live consumers' code, in batches of one transaction per poll.");
                        results.write(file);
                    }
                    case "freshness" -> {
                        Results results = new Results("Freshness: accepted write to changed figure, ms",
                                "load/s", "achieved/s", "topic n", "topic p50", "p95", "p99", "max", "applied p99",
                                "API n", "API p50", "p95", "p99", "max");
                        FreshnessBench freshness = new FreshnessBench(system);
                        for (int rate : new int[]{100, 1000}) {
                            freshness.run(rate, seconds, results);
                        }
                        results.note("Load: bulk pushes every 50 ms (rate / 20 rows each) of updates to 2 000 existing "
                                + "keys of one agency. Topic: from the event's time in realisation-service (inside the write "
                                + "transaction) to the figures.changed message received by a consumer of reporting.figures. "
                                + "API: from the HTTP 200 of the push to the explain endpoint listing the new record "
                                + "(sampled twice a second, polled every 2 ms).");
                        results.write(file);
                    }
                    case "scale" -> {
                        Results results = new Results("National-year scale (scaled down)", "pemda × agencies",
                                "rows", "plan import s", "ingest + submit s", "reporting caught up s", "database sizes",
                                "pemda dashboard p50/p99 ms", "province dashboard p50/p99 ms");
                        ScaleBench.run(system, tenants, results);
                        results.note("Per agency: 30 indicators and 30 sub-kegiatan, 4 quarters each, all submitted; "
                                + "dashboards read with official=false. A national year is about 550 pemda × 35 agencies "
                                + "(~10 M rows); this run is " + tenants + " pemda.");
                        results.write(file);
                    }
                    case "province" -> {
                        Results reads = new Results("Province read while updates flow (wrk, 50 connections), ms",
                                "read", "load", "p50", "p99", "max", "req/s", "requests", "non-2xx", "socket errors");
                        Results fresh = new Results("Freshness incl. province roll-up: submit 200 to the changed pemda "
                                + "average in the province dashboard, ms", "load", "n", "p50", "p95", "p99", "max",
                                "timeouts (10 s)");
                        ProvinceReadBench.run(system, provinceTenants, seconds, quick ? 100 : 1000,
                                reads, fresh);
                        reads.note("Province: " + provinceTenants + " pemda × 35 agencies (5 IKU, "
                                + "3 sub-kegiatan each), Q1 submitted, read with official=false. Load: bulk pushes every "
                                + "50 ms to the first pemda (draft Q2 rows: every push recomputes its agency-years). The "
                                + "2 cores are shared with the load generator, the updates and, on this machine, other "
                                + "engineers' builds.");
                        reads.write(file);
                        fresh.write(file);
                    }
                    case "faults" -> {
                        Results results = new Results("Faults under load: nothing lost, nothing applied twice",
                                "faults", "pushes (retried)", "events produced", "applied", "lost", "applied twice",
                                "records", "differing", "pushed sum = reported sum", "s");
                        FaultBench faults = new FaultBench(system, quick ? 10 : 50, 50, quick ? 200 : 50);
                        FaultBench.Outcome outcome = faults.run(List.of(FaultBench.Fault.values()));
                        System.out.println("  " + outcome.summary());
                        results.row(outcome.faults().stream().map(f -> f.label).toList(),
                                String.format("%,d (%,d)", outcome.pushes(), outcome.pushRetries()),
                                String.format("%,d", outcome.produced()), String.format("%,d", outcome.applied()),
                                outcome.lost(), outcome.appliedTwice(), outcome.records(), outcome.differing(),
                                outcome.pushedSum().toPlainString() + " = " + outcome.reportedSum().toPlainString(),
                                Results.seconds(outcome.seconds()));
                        results.note("A client pushes realisation updates of one agency continuously (retrying a request "
                                + "until answered) while each fault happens in turn. Produced: events in the outboxes "
                                + "(planning events once per consumer); applied: ids recorded by the consumers in the "
                                + "projection's transaction; records: every key pushed, its value in reporting's explain "
                                + "endpoint against the last value acknowledged to the client.");
                        results.write(file);
                    }
                    default -> throw new IllegalArgumentException("unknown scenario " + s
                            + " (footprint, ingest, replay, freshness, scale, province, faults, all)");
                }
            }
            System.out.printf("== %s done in %.0f s%n", s, (System.nanoTime() - started) / 1e9);
        }
        System.out.println("\nResults written to " + file);
    }

    private static int option(List<String> args, String name, int fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? Integer.parseInt(args.get(i + 1)) : fallback;
    }
}
