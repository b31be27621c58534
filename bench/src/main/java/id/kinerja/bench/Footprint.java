package id.kinerja.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Startup time to all-healthy and resident memory of each process of the local run (Linux /proc). */
final class Footprint {

    private Footprint() {
    }

    static void run(BenchSystem system, Results results) {
        List<Long> pids = system.servicePids();
        List<String> names = List.of("planning-service", "realisation-service", "reporting-service");
        long total = 0;
        for (int i = 0; i < names.size(); i++) {
            long rss = rssKb(pids.get(i));
            total += rss;
            results.row(names.get(i), mb(rss));
        }
        long launcher = rssKb(ProcessHandle.current().pid());
        total += launcher;
        results.row("launcher JVM (in-process Kafka broker + bench client)", mb(launcher));
        long postgres = postgresRssKb(system.system.dbUrlPrefix());
        total += postgres;
        results.row("PostgreSQL (postmaster + backends)", mb(postgres));
        results.row("**total**", mb(total));
        results.note(String.format("All services healthy %.1f s after launch (embedded PostgreSQL and Kafka started"
                + " in parallel, then the three service JVMs).", system.startSeconds));
    }

    private static String mb(long kb) {
        return String.format("%,.0f MB", kb / 1024.0);
    }

    static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }

    /** The postmaster listening on the embedded port, and every process whose parent it is. */
    private static long postgresRssKb(String dbUrlPrefix) {
        String port = dbUrlPrefix.replaceAll(".*:(\\d+)/.*", "$1");
        List<long[]> processes = new ArrayList<>(); // pid, ppid
        long postmaster = -1;
        try (Stream<Path> proc = Files.list(Path.of("/proc"))) {
            for (Path dir : proc.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String cmd = new String(Files.readAllBytes(dir.resolve("cmdline"))).replace('\0', ' ');
                    long pid = Long.parseLong(dir.getFileName().toString());
                    long ppid = Files.readAllLines(dir.resolve("status")).stream().filter(l -> l.startsWith("PPid:"))
                            .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(-1L);
                    processes.add(new long[]{pid, ppid});
                    if (cmd.contains("postgres") && cmd.contains("-p " + port)) {
                        postmaster = pid;
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended while we looked
                }
            }
        } catch (IOException e) {
            return 0;
        }
        long total = postmaster < 0 ? 0 : rssKb(postmaster);
        for (long[] p : processes) {
            if (p[1] == postmaster) {
                total += rssKb(p[0]);
            }
        }
        return total;
    }
}
