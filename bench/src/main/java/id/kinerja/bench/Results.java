package id.kinerja.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A results table: printed as it grows and written as Markdown to bench/results/. */
final class Results {

    private final String title;
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Results(String title, String... header) {
        this.title = title;
        this.header = List.of(header);
    }

    void row(Object... cells) {
        List<String> row = Arrays.stream(cells).map(String::valueOf).toList();
        rows.add(row);
        System.out.println("  | " + String.join(" | ", row) + " |");
    }

    void note(String note) {
        notes.add(note);
        System.out.println("  note: " + note);
    }

    String markdown() {
        StringBuilder md = new StringBuilder("### ").append(title).append("\n\n| ").append(String.join(" | ", header))
                .append(" |\n|").append("---|".repeat(header.size())).append('\n');
        rows.forEach(r -> md.append("| ").append(String.join(" | ", r)).append(" |\n"));
        notes.forEach(n -> md.append("\n").append(n).append('\n'));
        return md.append('\n').toString();
    }

    /** Appends to {@code file}, which starts with the machine and the commit. */
    void write(Path file) {
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                Files.writeString(file, "# Kinerja benchmark run " + Instant.now() + "\n\n" + machine() + "\n\n");
            }
            Files.writeString(file, markdown(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String machine() {
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return String.format("Machine: %d cores, %.1f GB memory, %s %s, Java %s; commit %s", Runtime.getRuntime()
                        .availableProcessors(), memory / 1e9, System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("java.version"), System.getProperty("kinerja.commit", "unknown"));
    }

    static String perSecond(double count, double seconds) {
        return String.format("%,.0f", count / seconds);
    }

    static String seconds(double seconds) {
        return String.format("%.1f", seconds);
    }

    /** Percentile by nearest rank of an ascending-sorted array. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
