package id.kinerja.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A national year scaled down: {@code tenants} pemda of one province, 35 agencies each, 30 indicators and 30
 * sub-kegiatan per agency, four quarters of indicator and budget realisations, all submitted. Measures the
 * ingest, the database sizes and the pemda and province dashboards afterwards.
 */
final class ScaleBench {

    static final String PROVINCE = "Provinsi Bench";
    static final int AGENCIES = 35;
    static final int INDICATORS = 30;
    static final int SUB_KEGIATAN = 30;
    static final int YEAR = 2023;

    private ScaleBench() {
    }

    static void run(BenchSystem system, int tenants, Results results) throws SQLException {
        long planStart = System.nanoTime();
        for (int t = 1; t <= tenants; t++) {
            String tenant = tenant(t);
            system.tenant(tenant, PROVINCE);
            for (int a = 1; a <= AGENCIES; a++) {
                system.agencyWithPlan(tenant, agency(a), YEAR, INDICATORS, SUB_KEGIATAN);
            }
            System.out.printf("  ... %d of %d pemda planned%n", t, tenants);
        }
        double planSeconds = (System.nanoTime() - planStart) / 1e9;

        long rows = 0;
        long ingestStart = System.nanoTime();
        for (int t = 1; t <= tenants; t++) {
            String base = system.realisation + "/api/v1/tenants/" + tenant(t);
            Http.sendUntilAccepted("POST", base + "/indicator-realisations/bulk", indicatorRows(), Duration.ofMinutes(5));
            Http.sendUntilAccepted("POST", base + "/budget-realisations/bulk", budgetRows(), Duration.ofMinutes(5));
            rows += (long) AGENCIES * (INDICATORS + SUB_KEGIATAN) * 4;
            for (int a = 1; a <= AGENCIES; a++) {
                for (int q = 1; q <= 4; q++) {
                    Http.Reply reply = Http.send("POST", base + "/indicator-realisations/workflow", Http.JSON
                            .createObjectNode().put("agencyCode", agency(a)).put("year", YEAR).put("quarter", q)
                            .put("action", "SUBMIT").toString());
                    if (reply.status() != 200) {
                        throw new IllegalStateException("submit refused: " + reply.body());
                    }
                }
            }
        }
        double ingestSeconds = (System.nanoTime() - ingestStart) / 1e9;
        long expectedEvents = rows * 2; // each record is written, then submitted
        system.awaitReportingApplied(expectedEvents, Duration.ofMinutes(30));
        double caughtUp = (System.nanoTime() - ingestStart) / 1e9;

        List<Double> pemda = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (int t = 1; t <= tenants; t++) {
                long started = System.nanoTime();
                Http.get(system.reporting + "/api/v1/tenants/" + tenant(t) + "/dashboard/" + YEAR + "?official=false");
                pemda.add((System.nanoTime() - started) / 1e6);
            }
        }
        List<Double> province = new ArrayList<>();
        String provinceUrl = system.reporting + "/api/v1/provinces/" + URLEncoder.encode(PROVINCE, StandardCharsets.UTF_8)
                .replace("+", "%20") + "/dashboard/" + YEAR + "?official=false";
        for (int i = 0; i < 10; i++) {
            long started = System.nanoTime();
            Http.get(provinceUrl);
            province.add((System.nanoTime() - started) / 1e6);
        }
        double[] p = pemda.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] v = province.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        results.row(tenants + " × " + AGENCIES, String.format("%,d", rows), Results.seconds(planSeconds),
                Results.seconds(ingestSeconds), Results.seconds(caughtUp), sizes(system),
                String.format("%.0f / %.0f", Results.percentile(p, 50), Results.percentile(p, 99)),
                String.format("%.0f / %.0f", Results.percentile(v, 50), Results.percentile(v, 99)));
    }

    private static String sizes(BenchSystem system) throws SQLException {
        List<String> sizes = new ArrayList<>();
        for (String db : List.of("planning", "realisation", "reporting")) {
            try (Connection c = system.database(db); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT pg_size_pretty(pg_database_size(current_database()))")) {
                r.next();
                sizes.add(db.charAt(0) + " " + r.getString(1));
            }
        }
        return String.join(", ", sizes);
    }

    static String tenant(int t) {
        return String.format("bench-pemda-%03d", t);
    }

    static String agency(int a) {
        return String.format("OPD%02d", a);
    }

    private static String indicatorRows() {
        StringBuilder out = new StringBuilder("[");
        for (int a = 1; a <= AGENCIES; a++) {
            for (int i = 0; i < INDICATORS; i++) {
                for (int q = 1; q <= 4; q++) {
                    out.append(out.length() > 1 ? "," : "").append("{\"agencyCode\":\"").append(agency(a))
                            .append("\",\"indicatorCode\":\"").append(SyntheticPlan.indicatorCode(i))
                            .append("\",\"year\":").append(YEAR).append(",\"quarter\":").append(q)
                            .append(",\"value\":").append(15 * q + (a + i) % 10).append('}');
                }
            }
        }
        return out.append(']').toString();
    }

    private static String budgetRows() {
        StringBuilder out = new StringBuilder("[");
        for (int a = 1; a <= AGENCIES; a++) {
            for (int i = 0; i < SUB_KEGIATAN; i++) {
                for (int q = 1; q <= 4; q++) {
                    out.append(out.length() > 1 ? "," : "").append("{\"agencyCode\":\"").append(agency(a))
                            .append("\",\"subKegiatanCode\":\"").append(SyntheticPlan.subKegiatanCode(i))
                            .append("\",\"year\":").append(YEAR).append(",\"quarter\":").append(q)
                            .append(",\"amount\":").append(20_000_000 + (a * i) % 1_000_000).append('}');
                }
            }
        }
        return out.append(']').toString();
    }
}
