package id.kinerja.bench;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Bulk ingest through the push API (validated, audited, one outbox event per row) next to the same rows
 * inserted into a bare table of the same PostgreSQL with a JDBC batch and with COPY.
 */
final class IngestBench {

    static final int INDICATORS_PER_AGENCY = 500;
    static final int CHUNK = 10_000;
    static final String TENANT = "bench-ingest";

    private final BenchSystem system;
    private int nextAgency = 1;
    long rowsPushed;

    IngestBench(BenchSystem system) {
        this.system = system;
        system.tenant(TENANT, "Provinsi Bench");
    }

    /** Creates the agencies for {@code rows} new rows, then pushes and baselines them. */
    void run(long rows, Results results) throws SQLException {
        run(rows, results, false);
    }

    /**
     * With {@code isolated}, reporting-service is paused (SIGSTOP) while the rows are pushed, so the figure is
     * realisation-service's own (with its outbox relay) rather than the whole system's on two shared cores.
     */
    void run(long rows, Results results, boolean isolated) throws SQLException {
        RealisationRows data = new RealisationRows(TENANT, "AG", nextAgency, INDICATORS_PER_AGENCY);
        int agencies = (int) Math.ceil(rows / (double) data.rowsPerAgency());
        System.out.printf("ingest %,d rows: importing %d synthetic agency plans (%d indicators each) ...%n", rows,
                agencies, INDICATORS_PER_AGENCY);
        for (int a = 0; a < agencies; a++) {
            system.agencyWithPlan(TENANT, data.agencyName(nextAgency + a), 2021, INDICATORS_PER_AGENCY, 0);
        }
        nextAgency += agencies;

        String url = system.realisation + "/api/v1/tenants/" + TENANT + "/indicator-realisations/bulk";
        // untimed: wait until realisation-service's plan replica knows every indicator of every new agency
        // (planning events of different indicators travel on different partitions, in no global order)
        StringBuilder probe = new StringBuilder("[");
        for (long row = 0; row < rows; row += SyntheticPlan.YEARS * 4) {
            String one = data.json(row, row + 1, 0);
            probe.append(probe.length() > 1 ? "," : "").append(one, 1, one.length() - 1);
        }
        Http.sendUntilAccepted("POST", url + "?dryRun=true", probe.append(']').toString(), Duration.ofMinutes(10));
        System.out.printf("ingest %,d rows: pushing in requests of %,d ...%n", rows, CHUNK);
        long reporting = system.servicePids().get(2);
        if (isolated) {
            signal("STOP", reporting);
        }
        long started = System.nanoTime();
        for (long from = 0; from < rows; from += CHUNK) {
            long to = Math.min(rows, from + CHUNK);
            Http.Reply reply = Http.send("POST", url, data.json(from, to, 0));
            if (reply.status() != 200 || accepted(reply) != to - from) {
                throw new IllegalStateException("bulk push refused: " + reply.status() + " "
                        + reply.body().substring(0, Math.min(800, reply.body().length())));
            }
            if (from / CHUNK % 10 == 9) {
                System.out.printf("  ... %,d of %,d rows accepted%n", to, rows);
            }
        }
        double api = (System.nanoTime() - started) / 1e9;
        if (isolated) {
            signal("CONT", reporting);
        }
        rowsPushed += rows;

        double jdbc;
        double copy;
        try (Connection db = system.database("realisation")) {
            jdbc = jdbcBatch(db, data, rows);
            copy = copy(db, data, rows);
        }
        results.row(String.format("%,d", rows) + (isolated ? " (reporting paused)" : ""), Results.seconds(api), Results.perSecond(rows, api),
                Results.perSecond(rows, jdbc), Results.perSecond(rows, copy),
                String.format("%.0f %%", 100 * jdbc / api), String.format("%.0f %%", 100 * copy / api));
    }

    private static void signal(String signal, long pid) {
        try {
            new ProcessBuilder("kill", "-" + signal, String.valueOf(pid)).inheritIO().start().waitFor();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static long accepted(Http.Reply reply) {
        var counts = reply.json().path("importCount");
        return counts.path("created").asLong() + counts.path("updated").asLong() + counts.path("unchanged").asLong();
    }

    private static void prepare(Connection db) throws SQLException {
        try (Statement ddl = db.createStatement()) {
            ddl.execute("DROP TABLE IF EXISTS bench_baseline");
            ddl.execute("""
                    CREATE TABLE bench_baseline (tenant text NOT NULL, agency_code text NOT NULL,
                        indicator_code text NOT NULL, year int NOT NULL, quarter int NOT NULL, value numeric(20,4),
                        PRIMARY KEY (tenant, agency_code, indicator_code, year, quarter))""");
        }
    }

    /** Plain JDBC batches of 1 000 rows, one commit per 10 000 (the API's request size). */
    private static double jdbcBatch(Connection db, RealisationRows data, long rows) throws SQLException {
        prepare(db);
        db.setAutoCommit(false);
        long started = System.nanoTime();
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO bench_baseline VALUES (?, ?, ?, ?, ?, ?)")) {
            for (long row = 0; row < rows; row++) {
                insert.setString(1, data.tenant());
                insert.setString(2, data.agency(row));
                insert.setString(3, data.indicator(row));
                insert.setInt(4, data.year(row));
                insert.setInt(5, data.quarter(row));
                insert.setBigDecimal(6, new BigDecimal(data.value(row, 0)));
                insert.addBatch();
                if (row % 1000 == 999 || row == rows - 1) {
                    insert.executeBatch();
                }
                if (row % CHUNK == CHUNK - 1 || row == rows - 1) {
                    db.commit();
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        db.setAutoCommit(true);
        return seconds;
    }

    /** COPY FROM STDIN in chunks of 10 000 rows. */
    private static double copy(Connection db, RealisationRows data, long rows) throws SQLException {
        prepare(db);
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        long started = System.nanoTime();
        try {
            for (long from = 0; from < rows; from += CHUNK) {
                StringBuilder csv = new StringBuilder();
                for (long row = from; row < Math.min(rows, from + CHUNK); row++) {
                    csv.append(data.tenant()).append(',').append(data.agency(row)).append(',')
                            .append(data.indicator(row)).append(',').append(data.year(row)).append(',')
                            .append(data.quarter(row)).append(',').append(data.value(row, 0)).append('\n');
                }
                copy.copyIn("COPY bench_baseline FROM STDIN (FORMAT csv)", new StringReader(csv.toString()));
            }
        } catch (java.io.IOException e) {
            throw new SQLException(e);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        try (Statement ddl = db.createStatement()) {
            ddl.execute("DROP TABLE bench_baseline");
        }
        return seconds;
    }
}
