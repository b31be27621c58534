package id.kinerja.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A large province read while updates flow: {@code tenants} pemda × 35 agencies (small plans: 5 IKU, 3
 * sub-kegiatan), Q1 realisations submitted. Then, while bulk pushes of {@code rate} updates/s go to the first
 * pemda, wrk reads the province (then a pemda and the national) dashboard with 50 connections, and single
 * corrections are timed from the HTTP 200 of their submit to the changed pemda average visible in the province
 * dashboard.
 */
final class ProvinceReadBench {

    static final String PROVINCE = "Provinsi Baca";
    static final int AGENCIES = 35;
    static final int INDICATORS = 5;
    static final int SUB_KEGIATAN = 3;
    static final int YEAR = 2023;

    private ProvinceReadBench() {
    }

    static void run(BenchSystem system, int tenants, int seconds, int rate, Results reads, Results freshness) {
        long planStart = System.nanoTime();
        for (int t = 1; t <= tenants; t++) {
            system.tenant(ScaleBench.tenant(t), PROVINCE);
            for (int a = 1; a <= AGENCIES; a++) {
                system.agencyWithPlan(ScaleBench.tenant(t), ScaleBench.agency(a), YEAR, INDICATORS, SUB_KEGIATAN);
            }
            if (t % 5 == 0 || t == tenants) {
                System.out.printf("  ... %d of %d pemda planned (%.0f s)%n", t, tenants, (System.nanoTime() - planStart) / 1e9);
            }
        }
        for (int t = 1; t <= tenants; t++) {
            String base = system.realisation + "/api/v1/tenants/" + ScaleBench.tenant(t);
            Http.sendUntilAccepted("POST", base + "/indicator-realisations/bulk", rows(1, 1, AGENCIES * INDICATORS, 0),
                    Duration.ofMinutes(10));
            for (int a = 1; a <= AGENCIES; a++) {
                submit(system, ScaleBench.tenant(t), ScaleBench.agency(a), 1);
            }
        }
        system.awaitReportingApplied((double) tenants * AGENCIES * INDICATORS * 2, Duration.ofMinutes(60));
        String province = system.reporting + "/api/v1/provinces/" + URLEncoder.encode(PROVINCE, StandardCharsets.UTF_8)
                .replace("+", "%20") + "/dashboard/" + YEAR + "?official=false";
        awaitAllAgencies(province, tenants * AGENCIES);
        double ready = (System.nanoTime() - planStart) / 1e9;
        System.out.printf("  province of %d agencies ready after %.0f s%n", tenants * AGENCIES, ready);

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong pushed = new AtomicLong();
        Thread load = new Thread(() -> updates(system, rate, running, pushed), "update-load");
        long loadStart = System.nanoTime();
        load.start();
        try {
            Wrk.Result p = Wrk.run(province, 50, seconds);
            reads.row(tenants + " × " + AGENCIES + " province", rate + "/s", f(p.p50()), f(p.p99()), f(p.max()),
                    String.format("%.0f", p.requestsPerSecond()), p.requests(), p.non2xx(), p.socketErrors());
            String pemda = system.reporting + "/api/v1/tenants/" + ScaleBench.tenant(Math.min(2, tenants))
                    + "/dashboard/" + YEAR + "?official=false";
            Wrk.Result d = Wrk.run(pemda, 50, Math.max(10, seconds / 2));
            reads.row("pemda (35 agencies)", rate + "/s", f(d.p50()), f(d.p99()), f(d.max()),
                    String.format("%.0f", d.requestsPerSecond()), d.requests(), d.non2xx(), d.socketErrors());
            Wrk.Result n = Wrk.run(system.reporting + "/api/v1/national/dashboard/" + YEAR + "?official=false", 50,
                    Math.max(10, seconds / 2));
            reads.row("national (" + tenants + " pemda)", rate + "/s", f(n.p50()), f(n.p99()), f(n.max()),
                    String.format("%.0f", n.requestsPerSecond()), n.requests(), n.non2xx(), n.socketErrors());
            freshness(system, province, Math.min(2, tenants), freshness, rate);
        } finally {
            running.set(false);
            join(load);
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        reads.note(String.format("Update load achieved %.0f rows/s (%d rows in %.0f s) to the first pemda; province "
                + "ready %.0f s after the first plan import.", pushed.get() / loadSeconds, pushed.get(), loadSeconds, ready));
    }

    /** Times corrections: submit 200 to the pemda's changed average in the province dashboard. */
    private static void freshness(BenchSystem system, String province, int t, Results results, int rate) {
        String tenant = ScaleBench.tenant(t);
        String base = system.realisation + "/api/v1/tenants/" + tenant;
        List<Double> samples = new ArrayList<>();
        int timeouts = 0;
        for (int i = 0; i < 20; i++) {
            String before = average(province, tenant);
            Http.sendUntilAccepted("POST", base + "/indicator-realisations/bulk", rows(1, 1, 1, i % 2 == 0 ? 80 : 5),
                    Duration.ofMinutes(1));
            String draft = awaitChange(province, tenant, before, 10_000);
            long submitted = submit(system, tenant, ScaleBench.agency(1), 1);
            long deadline = submitted + 10_000_000_000L;
            String now = draft;
            while (now.equals(draft) && System.nanoTime() < deadline) {
                Http.sleep(5);
                now = average(province, tenant);
            }
            if (now.equals(draft)) {
                timeouts++;
            } else {
                samples.add((System.nanoTime() - submitted) / 1e6);
            }
        }
        double[] s = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        results.row(rate + "/s", s.length, f(Results.percentile(s, 50)), f(Results.percentile(s, 95)),
                f(Results.percentile(s, 99)), f(s.length == 0 ? 0 : s[s.length - 1]), timeouts);
    }

    private static String awaitChange(String province, String tenant, String from, long millis) {
        long deadline = System.nanoTime() + millis * 1_000_000;
        String now = average(province, tenant);
        while (now.equals(from) && System.nanoTime() < deadline) {
            Http.sleep(5);
            now = average(province, tenant);
        }
        return now;
    }

    private static String average(String province, String tenant) {
        for (JsonNode line : Http.get(province).path("pemda")) {
            if (line.path("tenant").asText().equals(tenant)) {
                return line.path("averageCapaian").asText("-");
            }
        }
        return "-";
    }

    private static void awaitAllAgencies(String province, int expected) {
        long deadline = System.nanoTime() + Duration.ofMinutes(60).toNanos();
        long lastLog = 0;
        while (true) {
            int agencies = 0;
            for (JsonNode line : Http.get(province).path("pemda")) {
                agencies += line.path("agencies").asInt();
            }
            if (agencies >= expected) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("province shows " + agencies + " of " + expected + " agencies");
            }
            if (System.nanoTime() - lastLog > 10_000_000_000L) {
                System.out.printf("  ... province shows %d of %d agencies%n", agencies, expected);
                lastLog = System.nanoTime();
            }
            Http.sleep(1000);
        }
    }

    /** Bulk pushes every 50 ms of rate / 20 rows (Q2, draft) cycling over the first pemda's agencies. */
    private static void updates(BenchSystem system, int rate, AtomicBoolean running, AtomicLong pushed) {
        String url = system.realisation + "/api/v1/tenants/" + ScaleBench.tenant(1) + "/indicator-realisations/bulk";
        int perPush = Math.max(1, rate / 20);
        int cursor = 0;
        long next = System.nanoTime();
        while (running.get()) {
            Http.Reply reply = Http.send("POST", url, rows(2, cursor, perPush, (int) (pushed.get() % 50)));
            if (reply.status() < 300) {
                pushed.addAndGet(perPush);
            }
            cursor = (cursor + perPush) % (AGENCIES * INDICATORS);
            next += 50_000_000L;
            long wait = (next - System.nanoTime()) / 1_000_000;
            if (wait > 0) {
                Http.sleep(wait);
            } else {
                next = System.nanoTime();
            }
        }
    }

    /** {@code count} rows of quarter {@code q} from key {@code from} on (agency-major), values offset by {@code shift}. */
    private static String rows(int q, int from, int count, int shift) {
        StringBuilder out = new StringBuilder("[");
        for (int k = 0; k < count; k++) {
            int key = (from - 1 + k) % (AGENCIES * INDICATORS);
            int a = key / INDICATORS + 1;
            int i = key % INDICATORS;
            out.append(k > 0 ? "," : "").append("{\"agencyCode\":\"").append(ScaleBench.agency(a))
                    .append("\",\"indicatorCode\":\"").append(SyntheticPlan.indicatorCode(i)).append("\",\"year\":")
                    .append(YEAR).append(",\"quarter\":").append(q).append(",\"value\":")
                    .append(shift > 0 ? shift + i : 15 + (a + i) % 10).append('}');
        }
        return out.append(']').toString();
    }

    private static long submit(BenchSystem system, String tenant, String agency, int quarter) {
        Http.Reply reply = Http.send("POST", system.realisation + "/api/v1/tenants/" + tenant
                + "/indicator-realisations/workflow", Http.JSON.createObjectNode().put("agencyCode", agency)
                .put("year", YEAR).put("quarter", quarter).put("action", "SUBMIT").toString());
        if (reply.status() != 200) {
            throw new IllegalStateException("submit refused: " + reply.body());
        }
        return System.nanoTime();
    }

    private static String f(double ms) {
        return String.format("%.1f", ms);
    }

    private static void join(Thread t) {
        try {
            t.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
