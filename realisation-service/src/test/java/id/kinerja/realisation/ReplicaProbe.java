package id.kinerja.realisation;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.Duration;

import static org.awaitility.Awaitility.await;

/**
 * Waits until the plan replica holds what a test seeded. Planning events are keyed per aggregate, so they land on
 * different partitions and arrive in any order: one known indicator says nothing about the others.
 */
final class ReplicaProbe {

    private ReplicaProbe() {
    }

    static void awaitIndicators(String tenant, long expected) {
        await().atMost(Duration.ofSeconds(90)).until(() -> count("replica_indicator", tenant) >= expected);
    }

    static void awaitBudgetNodes(String tenant, long expected) {
        await().atMost(Duration.ofSeconds(90)).until(() -> count("replica_budget_node", tenant) >= expected);
    }

    private static long count(String table, String tenant) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("select count(*) from " + table + " where tenant = ?1")
                .setParameter(1, tenant).getSingleResult()).longValue());
    }
}
