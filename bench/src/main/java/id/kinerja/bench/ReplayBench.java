package id.kinerja.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;

/** Rebuilds reporting-service's read models from the topics through the admin replay API and times it. */
final class ReplayBench {

    private ReplayBench() {
    }

    static void run(BenchSystem system, Results results) {
        String url = system.reporting + "/api/v1/admin/replay";
        JsonNode started = Http.send("POST", url, null).json();
        String id = started.path("id").asText();
        long lastLog = System.nanoTime();
        JsonNode status;
        long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
        do {
            Http.sleep(200);
            status = Http.get(url);
            if (System.nanoTime() - lastLog > 10_000_000_000L) {
                System.out.printf("  ... replay %,d of %,d events%n", status.path("applied").asLong(),
                        status.path("total").asLong());
                lastLog = System.nanoTime();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("replay did not finish in 20 minutes: " + status);
            }
        } while (status.path("state").asText().equals("RUNNING") && status.path("id").asText().equals(id));
        if (!status.path("state").asText().equals("DONE")) {
            throw new IllegalStateException("replay failed: " + status);
        }
        double seconds = Duration.between(Instant.parse(status.get("startedAt").asText()),
                Instant.parse(status.get("finishedAt").asText())).toMillis() / 1000.0;
        long events = status.path("applied").asLong();
        results.row(String.format("%,d", events), Results.seconds(seconds), Results.perSecond(events, seconds));
    }
}
