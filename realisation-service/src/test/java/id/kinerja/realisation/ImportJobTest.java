package id.kinerja.realisation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.commons.outbox.OutboxEvent;
import id.kinerja.events.plan.ValueType;
import id.kinerja.realisation.jobs.ImportLimits;
import id.kinerja.realisation.jobs.JobWorker;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Large pushes as jobs (issue 22): Prefer: respond-async answers 202 with a job that ends with the summary the
 * synchronous push gives, shares its Idempotency-Key, survives a stopped pod (run again from the start, or failed
 * with the reason), and over a limit the push is refused with 429 and Retry-After.
 */
@QuarkusTest
class ImportJobTest {

    static final String T = "kota-jobs";
    static final int INDICATORS = 30;
    static final ObjectMapper JSON = new ObjectMapper();
    static final String BULK = "/api/v1/tenants/" + T + "/indicator-realisations/bulk";

    @Inject
    JobWorker worker;
    @Inject
    ImportLimits limits;

    @BeforeAll
    static void plan() {
        PlanSeeder seeder = new PlanSeeder(T).agency("DINAS").renstra("DINAS", 2021, 2026);
        for (int i = 1; i <= INDICATORS; i++) {
            seeder.indicator("DINAS", "I-" + i, ValueType.NUMBER, List.of());
        }
        seeder.flush();
    }

    static String rows(int year, String value, boolean withInvalidRow) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 1; i <= INDICATORS; i++) {
            for (int q = 1; q <= 4; q++) {
                json.append(json.length() > 1 ? "," : "").append("{\"agencyCode\":\"DINAS\",\"indicatorCode\":\"I-")
                        .append(i).append("\",\"year\":").append(year).append(",\"quarter\":").append(q)
                        .append(",\"value\":").append(value).append('}');
            }
        }
        if (withInvalidRow) {
            json.append(",{\"agencyCode\":\"DINAS\",\"indicatorCode\":\"NOPE\",\"year\":").append(year).append('}');
        }
        return json.append(']').toString();
    }

    static void awaitReplica() {
        ReplicaProbe.awaitIndicators(T, INDICATORS);
        await().atMost(Duration.ofSeconds(60)).until(() -> given().contentType(ContentType.JSON)
                .body(rows(2021, "1", false)).post(BULK + "?dryRun=true").statusCode() == 200);
    }

    static JsonNode awaitEnded(Response accepted) throws Exception {
        assertThat(accepted.statusCode()).as(accepted.asString()).isEqualTo(202);
        String location = accepted.header("Location");
        assertThat(location).contains("/api/v1/tenants/" + T + "/jobs/");
        JsonNode[] job = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            job[0] = JSON.readTree(given().get(location).then().statusCode(200).extract().asString());
            return job[0].get("state").asText().matches("done|failed");
        });
        return job[0];
    }

    static Response async(String query, String body, String key) {
        var request = given().contentType(ContentType.JSON).header("Prefer", "respond-async").body(body);
        return (key == null ? request : request.header("Idempotency-Key", key)).post(BULK + query);
    }

    static long events(String aggregatePrefix) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count(
                "tenant = ?1 and type = 'realisation.upserted' and aggregateId like ?2", T, aggregatePrefix + "%"));
    }

    @Test
    void aJobEndsWithTheSummaryOfTheSynchronousPushAndSharesItsIdempotencyKey() throws Exception {
        awaitReplica();
        String body = rows(2022, "2.5", true);
        String synchronous = given().contentType(ContentType.JSON).body(body).post(BULK + "?atomic=false&dryRun=true")
                .then().statusCode(200).extract().asString();

        JsonNode dry = awaitEnded(async("?atomic=false&dryRun=true", body, null));
        assertThat(dry.get("state").asText()).isEqualTo("done");
        assertThat(dry.get("summary")).isEqualTo(JSON.readTree(synchronous));
        assertThat(events("DINAS/I-1/2022")).isZero();

        String key = UUID.randomUUID().toString();
        JsonNode written = awaitEnded(async("?atomic=false", body, key));
        JsonNode expected = JSON.readTree(synchronous.replace("\"dryRun\":true", "\"dryRun\":false"));
        assertThat(written.get("summary")).isEqualTo(expected);
        assertThat(written.get("httpStatus").asInt()).isEqualTo(200);
        assertThat(written.get("rowsAccepted").asInt()).isEqualTo(INDICATORS * 4);
        assertThat(written.get("rowsRejected").asInt()).isEqualTo(1);
        assertThat(written.get("submittedBy").asText()).isEqualTo("test-operator");
        assertThat(events("DINAS/I-")).isGreaterThanOrEqualTo(INDICATORS * 4);

        // the same key and body sent synchronously replays the job's result
        Response replay = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post(BULK + "?atomic=false");
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(JSON.readTree(replay.asString())).isEqualTo(expected);

        // an atomic job with an invalid row fails with the synchronous push's 422 problem; nothing written
        JsonNode rejected = awaitEnded(async("", rows(2023, "3", true), null));
        assertThat(rejected.get("state").asText()).isEqualTo("failed");
        assertThat(rejected.get("httpStatus").asInt()).isEqualTo(422);
        assertThat(rejected.get("problem").get("errors").get(0).get("field").asText())
                .isEqualTo("rows[" + (INDICATORS * 4 + 1) + "].indicatorCode");
        assertThat(events("DINAS/I-1/2023")).isZero();

        // CSV is read from the stored body as well
        JsonNode csv = awaitEnded(given().contentType("text/csv").header("Prefer", "respond-async")
                .body("agencyCode,indicatorCode,year,quarter,value\nDINAS,I-1,2024,1,7\nDINAS,I-2,2024,1,8\n")
                .post(BULK));
        assertThat(csv.get("summary").get("importCount").get("created").asInt()).isEqualTo(2);
    }

    @Test
    void aJobLeftRunningByAStoppedPodRunsAgainFromTheStartOrFailsWithTheReason() throws Exception {
        awaitReplica();
        UUID resumed = stranded("running", 1, "[{\"agencyCode\":\"DINAS\",\"indicatorCode\":\"I-5\",\"year\":2025,"
                + "\"quarter\":2,\"value\":9}]");
        UUID exhausted = stranded("running", 3, "[]");
        UUID cutOff = stranded("receiving", 0, "[");
        worker.recover();
        await().atMost(Duration.ofSeconds(60)).until(() -> "done".equals(job(resumed).get("state").asText()));
        JsonNode done = job(resumed);
        assertThat(done.get("attempts").asInt()).isEqualTo(2);
        assertThat(done.get("summary").get("importCount").get("created").asInt()).isEqualTo(1);
        assertThat(job(exhausted).get("state").asText()).isEqualTo("failed");
        assertThat(job(exhausted).get("problem").get("detail").asText()).contains("stopped 3 times");
        assertThat(job(cutOff).get("state").asText()).isEqualTo("failed");
        assertThat(job(cutOff).get("problem").get("detail").asText()).contains("upload");
    }

    @Test
    void overTheLimitsAPushIsRefusedWith429AndRetryAfter() throws Exception {
        String tenant = "kota-jobs-429";
        List<UUID> waiting = List.of(insertJob(tenant, "receiving", 0, Duration.ZERO),
                insertJob(tenant, "receiving", 0, Duration.ZERO), insertJob(tenant, "receiving", 0, Duration.ZERO));
        try {
            Response refused = given().contentType(ContentType.JSON).header("Prefer", "respond-async").body("[]")
                    .post("/api/v1/tenants/" + tenant + "/indicator-realisations/bulk");
            assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(429);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.header("Retry-After")).isEqualTo("30");
            assertThat(refused.jsonPath().getString("errors[0].field")).isEqualTo("kinerja.jobs.max-per-tenant");
        } finally {
            sql("DELETE FROM import_job WHERE tenant = '" + tenant + "'");
        }
        assertThat(waiting).hasSize(3);

        int places = limits.largeSynchronous().drainPermits();
        try {
            byte[] large = ("[" + " ".repeat(1_100_000) + "]").getBytes(StandardCharsets.UTF_8);
            Response refused = given().contentType(ContentType.JSON).body(large).post(BULK);
            assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(429);
            assertThat(refused.header("Retry-After")).isEqualTo("5");
            assertThat(refused.jsonPath().getString("errors[0].field"))
                    .isEqualTo("kinerja.imports.max-concurrent-large");
            // small pushes are not counted
            given().contentType(ContentType.JSON).body("[]").post(BULK).then().statusCode(200);
        } finally {
            limits.largeSynchronous().release(places);
        }
    }

    static JsonNode job(UUID id) throws Exception {
        return JSON.readTree(given().get("/api/v1/tenants/" + T + "/jobs/" + id).then().statusCode(200).extract()
                .asString());
    }

    /** A job as a pod that stopped an hour ago left it, with its body stored. */
    static UUID stranded(String state, int attempts, String body) {
        UUID id = insertJob(T, state, attempts, Duration.ofHours(1));
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                .createNativeQuery("INSERT INTO import_job_part (job_id, seq, data) VALUES (?1, 0, ?2)")
                .setParameter(1, id).setParameter(2, body.getBytes(StandardCharsets.UTF_8)).executeUpdate());
        return id;
    }

    static UUID insertJob(String tenant, String state, int attempts, Duration since) {
        UUID id = UUID.randomUUID();
        String caller = "{\"actor\":\"test-operator\",\"roles\":[\"admin\"],\"tenant\":\"*\",\"agencies\":[],"
                + "\"province\":null,\"machine\":false}";
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().createNativeQuery("""
                        INSERT INTO import_job (id, tenant, kind, state, content_type, dry_run, atomic, number_format,
                            delimiter, operation, request_hash, caller, submitted_by, attempts, created_at, heartbeat_at)
                        VALUES (?1, ?2, 'indicator-realisations', ?3, 'application/json', false, true, 'PLAIN', ',',
                            'POST /api/v1/tenants/' || ?2 || '/indicator-realisations/bulk', 'x', ?4, 'test-operator',
                            ?5, now(), now() - make_interval(secs => ?6))""")
                .setParameter(1, id).setParameter(2, tenant).setParameter(3, state).setParameter(4, caller)
                .setParameter(5, attempts).setParameter(6, (double) since.toSeconds()).executeUpdate());
        return id;
    }

    static void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().createNativeQuery(statement)
                .executeUpdate());
    }
}
