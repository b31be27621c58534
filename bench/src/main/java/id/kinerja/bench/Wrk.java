package id.kinerja.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs wrk (a real HTTP load generator, C, event loop) against one URL and reads its latency distribution. */
final class Wrk {

    record Result(double p50, double p99, double max, double requestsPerSecond, long requests, long non2xx,
                  String socketErrors) {
    }

    private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|99)%\\s+([0-9.]+)(us|ms|s)\\s*$");
    private static final Pattern MAX = Pattern.compile("^\\s+Latency\\s+\\S+\\s+\\S+\\s+([0-9.]+)(us|ms|s)");

    private Wrk() {
    }

    static boolean available() {
        try {
            return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() >= 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Result run(String url, int connections, int seconds) {
        try {
            Process p = new ProcessBuilder(List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency",
                    "--timeout", "10s", "-H", "Authorization: Bearer " + Http.token(), url))
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(seconds + 60L, TimeUnit.SECONDS);
            double p50 = 0;
            double p99 = 0;
            double max = 0;
            double rps = 0;
            long requests = 0;
            long non2xx = 0;
            String socket = "none";
            for (String line : out.split("\n")) {
                Matcher m = PERCENTILE.matcher(line);
                if (m.matches()) {
                    double ms = millis(m.group(2), m.group(3));
                    if (m.group(1).equals("50")) {
                        p50 = ms;
                    } else {
                        p99 = ms;
                    }
                }
                Matcher x = MAX.matcher(line);
                if (x.find()) {
                    max = millis(x.group(1), x.group(2));
                }
                if (line.startsWith("Requests/sec:")) {
                    rps = Double.parseDouble(line.substring(13).trim());
                }
                if (line.contains("requests in")) {
                    requests = Long.parseLong(line.trim().split(" ")[0]);
                }
                if (line.contains("Non-2xx or 3xx responses:")) {
                    non2xx = Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                }
                if (line.contains("Socket errors:")) {
                    socket = line.substring(line.indexOf(':') + 1).trim();
                }
            }
            if (requests == 0) {
                throw new IllegalStateException("wrk gave no result:\n" + out);
            }
            return new Result(p50, p99, max, rps, requests, non2xx, socket);
        } catch (IOException e) {
            throw new IllegalStateException("wrk failed (apt-get install -y wrk)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static double millis(String value, String unit) {
        double v = Double.parseDouble(value);
        return switch (unit) {
            case "us" -> v / 1000;
            case "s" -> v * 1000;
            default -> v;
        };
    }
}
