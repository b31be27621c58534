package id.kinerja.planning;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kinerja.commons.outbox.OutboxEvent;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * A whole kabupaten budget in one document: 25 programs, 200 kegiatan, 4 800 sub-kegiatan (5 025 nodes).
 * Imported node by node this ran past the 60 s transaction timeout (issue 15, item 7); the import now
 * validates the document in memory and writes it in JDBC batches. Timings are logged, not asserted.
 */
@QuarkusTest
class LargePlanImportTest {

    static final int PROGRAMS = 25;
    static final int KEGIATAN_PER_PROGRAM = 8;
    static final int SUB_KEGIATAN_PER_KEGIATAN = 24;
    static final int NODES = PROGRAMS * (1 + KEGIATAN_PER_PROGRAM * (1 + SUB_KEGIATAN_PER_KEGIATAN));

    /** Every leaf carries 1 000 000 DPA, so the tree's total is the leaf count in millions. */
    static ObjectNode budget(int year) {
        ObjectNode doc = PlanFixtures.JSON.createObjectNode().put("year", year);
        ArrayNode nodes = doc.putArray("budget");
        for (int p = 1; p <= PROGRAMS; p++) {
            String program = String.format("2.07.%02d", p);
            nodes.addObject().put("level", "PROGRAM").put("code", program).put("name", "Program " + p);
            for (int k = 1; k <= KEGIATAN_PER_PROGRAM; k++) {
                String kegiatan = program + String.format(".2.%02d", k);
                nodes.addObject().put("level", "KEGIATAN").put("code", kegiatan).put("name", "Kegiatan " + kegiatan);
                for (int s = 1; s <= SUB_KEGIATAN_PER_KEGIATAN; s++) {
                    ObjectNode leaf = nodes.addObject().put("level", "SUB_KEGIATAN")
                            .put("code", kegiatan + String.format(".%04d", s)).put("name", "Sub-kegiatan " + s);
                    leaf.putArray("pagu").addObject().put("version", "DPA").put("amount", 1_000_000);
                }
            }
        }
        return doc;
    }

    @Test
    void fiveThousandNodesImportInOneTransaction() {
        String base = PlanFixtures.agency("kab-large-import", "BAPPEDA");
        ObjectNode doc = budget(2025);
        assertThat(NODES).isGreaterThanOrEqualTo(5000);
        long leaves = (long) PROGRAMS * KEGIATAN_PER_PROGRAM * SUB_KEGIATAN_PER_KEGIATAN;

        long started = System.nanoTime();
        given().contentType(ContentType.JSON).body(doc).post(base + "/plan-import")
                .then().statusCode(200).body("byType.budgetNode.created", equalTo(NODES));
        Log.infof("plan import of %d budget nodes: %d ms", NODES, (System.nanoTime() - started) / 1_000_000);
        assertThat(outboxRows("kab-large-import")).isEqualTo(NODES);

        given().get(base + "/budget/2025").then().statusCode(200)
                .body("programs.size()", equalTo(PROGRAMS))
                .body("total.DPA", equalTo(leaves * 1_000_000));

        // re-sending it changes nothing; changing one leaf updates that leaf only
        started = System.nanoTime();
        given().contentType(ContentType.JSON).body(doc).post(base + "/plan-import")
                .then().statusCode(200).body("importCount.unchanged", equalTo(NODES));
        Log.infof("re-import of %d unchanged budget nodes: %d ms", NODES, (System.nanoTime() - started) / 1_000_000);
        ((ObjectNode) doc.withArray("budget").get(2).get("pagu").get(0)).put("amount", 2_000_000);
        given().contentType(ContentType.JSON).body(doc).post(base + "/plan-import")
                .then().statusCode(200).body("importCount.updated", equalTo(1),
                        "importCount.unchanged", equalTo(NODES - 1));
        assertThat(outboxRows("kab-large-import")).isEqualTo(NODES + 1);
    }

    @Test
    void aLargeDocumentWithErrorsIsRejectedWholeAndWritesNothing() {
        String base = PlanFixtures.agency("kab-large-reject", "BAPPEDA");
        ObjectNode doc = budget(2025);
        ArrayNode nodes = doc.withArray("budget");
        // a leaf under a kegiatan that is not in the document, and pagu on a parent that has children
        ((ObjectNode) nodes.get(NODES - 1)).put("code", "2.07.99.2.01.0001");
        ((ObjectNode) nodes.get(1)).putArray("pagu").addObject().put("version", "DPA").put("amount", 5);

        long started = System.nanoTime();
        given().contentType(ContentType.JSON).body(doc).post(base + "/plan-import")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("budget[" + (NODES - 1) + "].parentCode"))
                .body("errors.field", hasItem("budget[2].parentCode"));
        Log.infof("rejecting a %d-node import with errors: %d ms", NODES, (System.nanoTime() - started) / 1_000_000);

        given().get(base + "/budget/2025").then().statusCode(200).body("programs.size()", equalTo(0));
        assertThat(outboxRows("kab-large-reject")).isZero();
    }

    private static long outboxRows(String tenant) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("tenant = ?1 and type = ?2", tenant,
                "budget-node.upserted"));
    }
}
