package id.kinerja.planning;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: concurrent creates of one new key answered 500 (unique violation) for all but one. Now every loser
 * gets a 409 problem (or the same result as the winner), never a 5xx.
 */
@QuarkusTest
class ConcurrentCreatesTest {

    static final int THREADS = 8;

    static List<Integer> race(java.util.function.IntSupplier request) {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            answers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return request.getAsInt();
            }, pool));
        }
        start.countDown();
        List<Integer> statuses = answers.stream().map(CompletableFuture::join).toList();
        pool.shutdown();
        return statuses;
    }

    @Test
    void theSameNewTenantAndAgencyCreatedAtOnce() {
        for (int round = 0; round < 3; round++) {
            String tenant = "kota-serentak-" + round;
            List<Integer> tenants = race(() -> given().contentType(ContentType.JSON)
                    .body(Map.of("code", tenant, "name", "Pemerintah " + tenant, "regionType", "KOTA"))
                    .post("/api/v1/tenants").statusCode());
            assertThat(tenants).as("tenants").filteredOn(s -> s == 201).hasSize(1);
            assertThat(tenants).as("tenants").allMatch(s -> s == 201 || s == 409);
            List<Integer> agencies = race(() -> given().contentType(ContentType.JSON)
                    .body(Map.of("code", "DINAS", "name", "Dinas serentak"))
                    .post("/api/v1/tenants/{t}/agencies", tenant).statusCode());
            assertThat(agencies).as("agencies").filteredOn(s -> s == 201).hasSize(1);
            assertThat(agencies).as("agencies").allMatch(s -> s == 201 || s == 409);
        }
    }

    @Test
    void theSamePlanImportedAtOnce() {
        String base = PlanFixtures.agency("kota-serentak-plan", "DISNAKER");
        String plan = PlanFixtures.dumaiPlan().toString();
        List<Integer> imports = race(() -> given().contentType(ContentType.JSON).body(plan)
                .post(base + "/plan-import").statusCode());
        assertThat(imports).as("plan imports").contains(200).allMatch(s -> s == 200 || s == 409);
    }
}
