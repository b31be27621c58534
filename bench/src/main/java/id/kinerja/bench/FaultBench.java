package id.kinerja.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Faults in the middle of a steady push load: {@code kill -9} of a service and its restart, the broker stopped
 * and started, PostgreSQL restarted. A client keeps pushing realisation updates (retrying a request until it
 * is answered, as an agency system would) while the faults happen one after another; afterwards every event
 * any service produced is looked for in its consumers' processed-event records, and every record's figure in
 * reporting is compared with the last value the client had acknowledged.
 */
final class FaultBench {

    enum Fault {
        KILL_REALISATION("kill -9 realisation-service"),
        KILL_REPORTING("kill -9 reporting-service"),
        KILL_PLANNING("kill -9 planning-service"),
        BROKER_RESTART("Kafka broker stop/start"),
        POSTGRES_RESTART("PostgreSQL restart");

        final String label;

        Fault(String label) {
            this.label = label;
        }
    }

    /** What one run counted. {@code lost} and {@code appliedTwice} must be 0, {@code differing} too. */
    record Outcome(List<Fault> faults, long pushes, long pushRetries, long produced, long applied, long lost,
                          long appliedTwice, long records, long differing, BigDecimal pushedSum,
                          BigDecimal reportedSum, double seconds) {

        String summary() {
            return String.format("faults %s: %,d pushes (%,d retried), events produced %,d, applied %,d, lost %d, "
                            + "applied twice %d; %d records, %d differing; pushed sum %s, reported sum %s; %.0f s",
                    faults.stream().map(f -> f.label).toList(), pushes, pushRetries, produced, applied, lost,
                    appliedTwice, records, differing, pushedSum.toPlainString(), reportedSum.toPlainString(), seconds);
        }
    }

    static final String TENANT = "bench-faults";

    private final BenchSystem system;
    private final RealisationRows data;
    private final int rowsPerPush;
    private final long pauseMillis;

    /**
     * @param indicators  indicators of the one synthetic agency (20 records each: 5 years × 4 quarters)
     * @param rowsPerPush rows per bulk request
     * @param pauseMillis pause between requests (sets the load)
     */
    FaultBench(BenchSystem system, int indicators, int rowsPerPush, long pauseMillis) {
        this.system = system;
        this.data = new RealisationRows(TENANT, "FT", 1, indicators);
        this.rowsPerPush = rowsPerPush;
        this.pauseMillis = pauseMillis;
    }

    Outcome run(List<Fault> faults) throws Exception {
        long started = System.nanoTime();
        system.tenant(TENANT, "Provinsi Bench");
        system.agencyWithPlan(TENANT, data.agencyName(1), 2021, data.indicatorsPerAgency(), 20);
        String url = system.realisation + "/api/v1/tenants/" + TENANT + "/indicator-realisations/bulk";
        Http.sendUntilAccepted("POST", url + "?dryRun=true", data.json(0, data.rowsPerAgency(), 0),
                Duration.ofMinutes(5));

        int rows = data.rowsPerAgency();
        AtomicIntegerArray acked = new AtomicIntegerArray(rows); // the round whose value each row last got, 0: none
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong pushes = new AtomicLong();
        AtomicLong retries = new AtomicLong();
        Thread pusher = new Thread(() -> push(url, acked, running, pushes, retries), "fault-pusher");
        pusher.start();
        try {
            Http.sleep(3000);
            for (Fault fault : faults) {
                System.out.printf("  fault: %s (after %,d pushes)%n", fault.label, pushes.get());
                inject(fault);
                Http.sleep(3000);
            }
        } finally {
            running.set(false);
            pusher.join();
        }
        System.out.printf("  load stopped after %,d pushes; waiting for the consumers to catch up ...%n", pushes.get());
        Counts counts = awaitCaughtUp(Duration.ofMinutes(5));
        Figures figures = compare(acked);
        return new Outcome(faults, pushes.get(), retries.get(), counts.produced, counts.applied, counts.lost,
                counts.appliedTwice, figures.records, figures.differing, figures.pushed, figures.reported,
                (System.nanoTime() - started) / 1e9);
    }

    private void inject(Fault fault) {
        switch (fault) {
            case KILL_REALISATION -> killAndRestart("realisation-service");
            case KILL_REPORTING -> killAndRestart("reporting-service");
            case KILL_PLANNING -> {
                // a plan change in flight while planning-service dies: either it committed (and its events
                // follow from the outbox after the restart) or the client sees an error and sends it again
                Thread importer = new Thread(() -> planChange(2), "fault-plan-import");
                importer.start();
                Http.sleep(300);
                killAndRestart("planning-service");
                try {
                    importer.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            case BROKER_RESTART -> {
                system.system.stopKafka();
                Http.sleep(8000);
                system.system.startKafka();
            }
            case POSTGRES_RESTART -> {
                system.system.restartPostgres(Duration.ofSeconds(5));
            }
        }
    }

    private void killAndRestart(String service) {
        system.system.kill(service);
        Http.sleep(2000);
        system.system.restart(service);
    }

    /** Imports the plan with another pagu until planning-service answers 200. */
    private void planChange(int round) {
        String doc = SyntheticPlan.document(2021, data.indicatorsPerAgency(), 20)
                .replace("\"amount\":100000000", "\"amount\":" + (100_000_000L + round));
        String url = system.planning + "/api/v1/tenants/" + TENANT + "/agencies/" + data.agencyName(1) + "/plan-import";
        sendUntilAnswered("POST", url, doc, null);
    }

    private void push(String url, AtomicIntegerArray acked, AtomicBoolean running, AtomicLong pushes,
                      AtomicLong retries) {
        int rows = data.rowsPerAgency();
        int round = 1;
        long from = 0;
        while (running.get()) {
            long to = Math.min(rows, from + rowsPerPush);
            sendUntilAnswered("POST", url, data.json(from, to, round), retries);
            for (long row = from; row < to; row++) {
                acked.set((int) row, round);
            }
            pushes.incrementAndGet();
            from = to;
            if (from >= rows) {
                from = 0;
                round++;
            }
            Http.sleep(pauseMillis);
        }
    }

    /** Retries while the service is down or restarting (connection refused, 5xx), as an agency system would. */
    private static void sendUntilAnswered(String method, String url, String body, AtomicLong retries) {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (true) {
            try {
                Http.Reply reply = Http.send(method, url, body);
                if (reply.status() == 200) {
                    return;
                }
                if (reply.status() < 500 || System.nanoTime() > deadline) {
                    throw new IllegalStateException(method + " " + url + " -> " + reply.status() + " "
                            + reply.body().substring(0, Math.min(600, reply.body().length())));
                }
            } catch (java.io.UncheckedIOException down) {
                if (System.nanoTime() > deadline) {
                    throw down;
                }
            }
            if (retries != null) {
                retries.incrementAndGet();
            }
            Http.sleep(250);
        }
    }

    private record Counts(long produced, long applied, long lost, long appliedTwice) {
    }

    /** Polls the databases until every produced event is recorded by each of its consumers, or the time is up. */
    private Counts awaitCaughtUp(Duration patience) throws SQLException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            Counts counts = counts();
            if (counts.lost == 0 || System.nanoTime() > deadline) {
                return counts;
            }
            Http.sleep(2000);
        }
    }

    /**
     * Every event in an outbox is one produced; it is applied when its consumer recorded its id, in the same
     * transaction as the projection. Planning events count once per consumer (realisation's replica and
     * reporting), realisation events once (reporting).
     */
    private Counts counts() throws SQLException {
        Set<String> planning = ids("planning", "SELECT id FROM outbox_event WHERE topic = 'planning.events'");
        Set<String> realisation = ids("realisation", "SELECT id FROM outbox_event WHERE topic = 'realisation.events'");
        long produced = planning.size() * 2L + realisation.size();
        long applied = 0;
        long lost = 0;
        long twice = 0;
        for (String[] consumer : new String[][]{{"realisation", "realisation.planning", "p"},
                {"reporting", "reporting.planning", "p"}, {"reporting", "reporting.realisation", "r"}}) {
            Set<String> expected = consumer[2].equals("p") ? planning : realisation;
            List<String> recorded = list(consumer[0], "SELECT event_id FROM processed_event WHERE consumer = '"
                    + consumer[1] + "'");
            Set<String> distinct = new HashSet<>(recorded);
            twice += recorded.size() - distinct.size();
            distinct.retainAll(expected);
            applied += distinct.size();
            lost += expected.size() - distinct.size();
        }
        return new Counts(produced, applied, lost, twice);
    }

    private record Figures(long records, long differing, BigDecimal pushed, BigDecimal reported) {
    }

    /** Each record's value in reporting (explain endpoint) against the last value the client had acknowledged. */
    private Figures compare(AtomicIntegerArray acked) {
        long records = 0;
        long differing = 0;
        BigDecimal pushed = BigDecimal.ZERO;
        BigDecimal reported = BigDecimal.ZERO;
        int perIndicator = SyntheticPlan.YEARS * 4;
        for (int i = 0; i < data.indicatorsPerAgency(); i++) {
            for (int y = 0; y < SyntheticPlan.YEARS; y++) {
                int year = SyntheticPlan.FIRST_YEAR + y;
                JsonNode explanation = Http.get(system.reporting + "/api/v1/tenants/" + TENANT + "/agencies/"
                        + data.agencyName(1) + "/dashboard/" + year + "/indicators/" + SyntheticPlan.indicatorCode(i)
                        + "/explain?official=false");
                BigDecimal[] byQuarter = new BigDecimal[5];
                for (JsonNode stored : explanation.path("realisations")) {
                    JsonNode p = stored.path("payload");
                    byQuarter[p.path("quarter").asInt()] = p.path("value").decimalValue();
                }
                for (int q = 1; q <= 4; q++) {
                    int row = i * perIndicator + y * 4 + (q - 1);
                    int round = acked.get(row);
                    if (round == 0) {
                        continue;
                    }
                    records++;
                    BigDecimal expected = new BigDecimal(data.value(row, round));
                    pushed = pushed.add(expected);
                    if (byQuarter[q] != null) {
                        reported = reported.add(byQuarter[q]);
                    }
                    if (byQuarter[q] == null || byQuarter[q].compareTo(expected) != 0) {
                        differing++;
                    }
                }
            }
        }
        return new Figures(records, differing, pushed, reported);
    }

    private Set<String> ids(String database, String sql) throws SQLException {
        return new HashSet<>(list(database, sql));
    }

    private List<String> list(String database, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection db = system.database(database); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
