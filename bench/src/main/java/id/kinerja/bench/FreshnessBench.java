package id.kinerja.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A steady load of realisation updates (bulk pushes every 50 ms) for a fixed time, measuring for every
 * update the time until reporting-service announces the changed figures on {@code reporting.figures}
 * (and when it applied them), and for a sample of updates the time from the accepted write until the
 * reporting API's explanation of the figure lists the new record.
 */
final class FreshnessBench {

    static final String TENANT = "bench-fresh";
    static final String AGENCY = "FR0001";
    static final int INDICATORS = 100;
    static final int TICKS_PER_SECOND = 20;

    private final BenchSystem system;
    private final RealisationRows data = new RealisationRows(TENANT, "FR", 1, INDICATORS);

    FreshnessBench(BenchSystem system) {
        this.system = system;
        system.tenant(TENANT, "Provinsi Bench");
        system.agencyWithPlan(TENANT, AGENCY, 2021, INDICATORS, 0);
        // every key exists before the measurement, so the load is updates only
        Http.sendUntilAccepted("POST", pushUrl(), data.json(0, data.rowsPerAgency(), 0), Duration.ofMinutes(2));
        system.awaitReportingApplied(data.rowsPerAgency(), Duration.ofMinutes(5));
    }

    private String pushUrl() {
        return system.realisation + "/api/v1/tenants/" + TENANT + "/indicator-realisations/bulk";
    }

    private record Accepted(long row, int round, long acceptedNanos) {
    }

    void run(int perSecond, int seconds, Results results) throws InterruptedException {
        int perTick = Math.max(1, perSecond / TICKS_PER_SECOND);
        List<Double> topic = new ArrayList<>();
        List<Double> applied = new ArrayList<>();
        List<Double> api = new ArrayList<>();
        AtomicBoolean running = new AtomicBoolean(true);
        Instant from = Instant.now();
        AtomicReference<Instant> until = new AtomicReference<>(Instant.MAX);

        Thread consumer = new Thread(() -> consume(running, from, until, topic, applied), "figures-consumer");
        consumer.start();
        Http.sleep(2000); // the consumer is assigned and at the end of the topic

        AtomicLong next = new AtomicLong();
        AtomicLong sent = new AtomicLong();
        AtomicReference<Accepted> latest = new AtomicReference<>();
        int rows = data.rowsPerAgency();
        ScheduledExecutorService load = Executors.newSingleThreadScheduledExecutor();
        long started = System.nanoTime();
        load.scheduleAtFixedRate(() -> {
            long first = next.getAndAdd(perTick);
            StringBuilder body = new StringBuilder("[");
            for (long n = first; n < first + perTick; n++) {
                String one = data.json(n % rows, n % rows + 1, (int) (n / rows) + 1);
                body.append(n > first ? "," : "").append(one, 1, one.length() - 1);
            }
            Http.Reply reply = Http.send("POST", pushUrl(), body.append(']').toString());
            if (reply.status() == 200) {
                sent.addAndGet(perTick);
                long last = first + perTick - 1;
                latest.set(new Accepted(last % rows, (int) (last / rows) + 1, System.nanoTime()));
            }
        }, 0, 1000 / TICKS_PER_SECOND, TimeUnit.MILLISECONDS);

        AtomicBoolean loading = new AtomicBoolean(true);
        Thread probe = new Thread(() -> probe(loading, latest, api), "api-probe");
        probe.start();
        Thread.sleep(seconds * 1000L);
        load.shutdown();
        load.awaitTermination(30, TimeUnit.SECONDS);
        loading.set(false);
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        until.set(Instant.now());
        Http.sleep(10_000); // let the tail arrive
        running.set(false);
        consumer.join();
        probe.join();

        double[] t = sorted(topic);
        double[] a = sorted(api);
        results.row(perSecond, String.format("%.0f", sent.get() / loadSeconds), t.length,
                ms(t, 50), ms(t, 95), ms(t, 99), ms(t, 100), ms(sorted(applied), 99),
                a.length, ms(a, 50), ms(a, 95), ms(a, 99), ms(a, 100));
    }

    private void consume(AtomicBoolean running, Instant from, AtomicReference<Instant> until, List<Double> topic,
                         List<Double> applied) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, system.system.kafkaBootstrap(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor("reporting.figures").stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            while (running.get()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    long now = System.currentTimeMillis();
                    JsonNode event = Http.JSON.readTree(record.value());
                    JsonNode payload = event.path("payload");
                    if (!TENANT.equals(event.path("tenant").asText())
                            || !"realisation.upserted".equals(payload.path("causeType").asText())) {
                        continue;
                    }
                    Instant cause = Instant.parse(payload.get("causeOccurredAt").asText());
                    if (cause.isBefore(from) || cause.isAfter(until.get())) {
                        continue;
                    }
                    topic.add((double) (now - cause.toEpochMilli()));
                    applied.add((double) Duration.between(cause, Instant.parse(payload.get("appliedAt").asText()))
                            .toMillis());
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Twice a second while the load runs: the last accepted update (each one once), polled on the explain
     * endpoint until it is listed.
     */
    private void probe(AtomicBoolean running, AtomicReference<Accepted> latest, List<Double> api) {
        Accepted previous = null;
        while (running.get()) {
            Accepted accepted = latest.get();
            if (accepted == null || accepted == previous) {
                Http.sleep(20);
                continue;
            }
            previous = accepted;
            long row = accepted.row();
            String url = system.reporting + "/api/v1/tenants/" + TENANT + "/agencies/" + AGENCY + "/dashboard/"
                    + data.year(row) + "/indicators/" + data.indicator(row) + "/explain?official=false";
            BigDecimal value = new BigDecimal(data.value(row, accepted.round()));
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (System.nanoTime() < deadline) {
                if (lists(Http.get(url), data.quarter(row), value)) {
                    api.add((System.nanoTime() - accepted.acceptedNanos()) / 1e6);
                    break;
                }
                Http.sleep(2);
            }
            Http.sleep(500);
        }
    }

    private static boolean lists(JsonNode explanation, int quarter, BigDecimal value) {
        for (JsonNode stored : explanation.path("realisations")) {
            JsonNode p = stored.path("payload");
            if (p.path("quarter").asInt() == quarter && p.path("value").decimalValue().compareTo(value) == 0) {
                return true;
            }
        }
        return false;
    }

    private static double[] sorted(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private static String ms(double[] sorted, double p) {
        return sorted.length == 0 ? "-" : String.format("%.0f", Results.percentile(sorted, p));
    }
}
