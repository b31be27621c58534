package id.kinerja.planning;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kinerja.commons.outbox.OutboxEvent;
import id.kinerja.events.EventCatalog;
import id.kinerja.events.EventCodec;
import id.kinerja.events.Topics;
import id.kinerja.events.planning.PkPayload;
import id.kinerja.testsupport.KinerjaTestResources;
import id.kinerja.testsupport.TopicProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;

/** The Dumai 2024 plan (Renstra with a Perubahan, 63 budget nodes, a PK with its amendment and a cascade). */
@QuarkusTest
class PlanImportTest {

    @Test
    void dryRunCountsEverythingAndWritesNothing() {
        String base = PlanFixtures.agency("kota-dryrun", "DISNAKER");
        long before = outboxRows("kota-dryrun");
        given().contentType(ContentType.JSON).body(PlanFixtures.dumaiPlan()).queryParam("dryRun", true)
                .post(base + "/plan-import")
                .then().statusCode(200)
                .body("dryRun", equalTo(true), "status", equalTo("WARNING"),
                        "byType.budgetNode.created", equalTo(63), "byType.indicator.created", equalTo(8),
                        "byType.pk.created", equalTo(2), "importCount.updated", equalTo(0));

        given().get(base + "/renstra/2021-2026").then().statusCode(404);
        assertThat(outboxRows("kota-dryrun")).isEqualTo(before);
    }

    @Test
    void importIsIdempotentAndComputesTotalsFromLeaves() {
        String base = PlanFixtures.agency("kota-dumai-import", "DISNAKER");
        ObjectNode plan = PlanFixtures.dumaiPlan();
        long versionBefore = planVersion("kota-dumai-import");
        int version = given().contentType(ContentType.JSON).body(plan).post(base + "/plan-import")
                .then().statusCode(200)
                .body("dryRun", equalTo(false),
                        "byType.renstra.created", equalTo(1), "byType.objective.created", equalTo(5),
                        "byType.quarterlyTarget.created", equalTo(1), "byType.rules.created", equalTo(1),
                        // the rencana aksi of the Kabid PK adds up to 85 while its PK target is 10 (as printed)
                        "warnings.message", hasItem(containsString("imply a year target of 85 but the PK target is 10")),
                        // the same code as reporting's finding for it
                        "warnings.code", hasItem("QUARTERLY_TARGETS_DISAGREE"))
                .extract().path("planVersion");
        long events = outboxRows("kota-dumai-import");
        // issue 21: every planning event of the tenant is numbered 1..N without gaps, N is the import's answer
        assertThat(version).isGreaterThan((int) versionBefore).isEqualTo((int) events);
        assertThat(planVersions("kota-dumai-import"))
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, events).boxed().toList());
        for (String type : java.util.List.of("renstra.upserted", "indicator.upserted", "budget-node.upserted",
                "pk.upserted", "quarterly-target.upserted", "rules.upserted", "organisation-profile.upserted")) {
            assertThat(outboxRows("kota-dumai-import", type)).as(type).isPositive();
        }
        assertThat(outboxRows("kota-dumai-import", "budget-node.upserted")).isEqualTo(63);

        given().contentType(ContentType.JSON).body(plan).post(base + "/plan-import")
                .then().statusCode(200)
                .body("importCount.created", equalTo(0), "importCount.updated", equalTo(0),
                        "importCount.unchanged", equalTo(82), "planVersion", equalTo(version));
        assertThat(outboxRows("kota-dumai-import")).as("re-sending the same document emits nothing").isEqualTo(events);
        given().get("/api/v1/tenants/kota-dumai-import/plan-version").then().statusCode(200)
                .body("planVersion", equalTo(version));
        ObjectNode rules = ((ObjectNode) plan.get("rules")).put("roundingPrecision", 3);
        given().contentType(ContentType.JSON).body(rules).put("/api/v1/tenants/kota-dumai-import/rules").then()
                .statusCode(200).body("change", equalTo("UPDATED"), "planVersion", equalTo(version + 1));
        given().contentType(ContentType.JSON).body(plan).queryParam("dryRun", true).post(base + "/plan-import")
                .then().statusCode(200).body("planVersion", org.hamcrest.Matchers.nullValue());

        given().get(base + "/budget/2024")
                .then().statusCode(200)
                // Tabel III.10 prints 9.548.669.104; the sub-kegiatan add up to 9.584.669.104
                .body("total.DPPA", equalTo(9584669104L))
                .body("programs.find { it.node.code == '2.07.01' }.total.DPPA", equalTo(5672979104L))
                .body("programs.find { it.node.code == '2.07.05' }.children.size()", equalTo(2));
        given().get(base + "/plan/2024")
                .then().statusCode(200).log().ifValidationFails()
                .body("tujuan.code", equalTo(java.util.List.of("DM-T1", "DM-T2")))
                .body("tujuan[0].sasaran[0].indicators[0].yearTarget.value", equalTo(10))
                .body("outputIndicators.indicator.code", hasItem("DM-PI-1"))
                .body("rules.predicateScale.code", equalTo("DUMAI-ATRIBUT"));
    }

    @Test
    void indicatorsCarryNationalOrProvincialReferences() {
        String base = PlanFixtures.agency("kota-dumai-ref", "DISNAKER");
        ObjectNode plan = PlanFixtures.dumaiPlan();
        for (var indicator : plan.withArray("indicators")) {
            if (indicator.get("code").asText().equals("DM-IKU-1")) {
                ((ObjectNode) indicator).putArray("references").addObject().put("year", 2024).put("scope", "NATIONAL")
                        .put("value", 6.2).put("source", "test");
            }
        }
        given().contentType(ContentType.JSON).body(plan).post(base + "/plan-import").then().statusCode(200);
        given().queryParam("codePrefix", "DM-IKU-1").get(base + "/renstra/2021-2026/indicators")
                .then().statusCode(200)
                .body("items[0].references[0].scope", equalTo("NATIONAL"))
                .body("items[0].references[0].value", equalTo(6.2f));
        // a reference without a scope is named
        ((ObjectNode) plan.withArray("indicators").get(1)).putArray("references").addObject().put("year", 2024)
                .put("value", 1);
        given().contentType(ContentType.JSON).body(plan).queryParam("dryRun", true).post(base + "/plan-import")
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem(
                        org.hamcrest.Matchers.containsString("references[0].scope")));
    }

    @Test
    void pkAmendmentKeepsTheOldVersionAndShowsTheDifferences() {
        String base = PlanFixtures.agency("kota-dumai-pk", "DISNAKER");
        given().contentType(ContentType.JSON).body(PlanFixtures.dumaiPlan()).post(base + "/plan-import")
                .then().statusCode(200);

        given().get(base + "/pks/2024/PK-KADIS")
                .then().statusCode(200)
                .body("status", equalTo("SIGNED"), "currentVersion", equalTo(2),
                        "versions[1].kind", equalTo("AMENDMENT"), "versions[1].dated", equalTo("2024-09-25"));
        given().get(base + "/pks/2024/PK-KADIS/versions/1")
                .then().statusCode(200).body("content.budgets.find { it.budgetCode == '2.07.03' }.amount",
                        equalTo(560000000));
        given().queryParam("from", 1).queryParam("to", 2).get(base + "/pks/2024/PK-KADIS/diff")
                .then().statusCode(200)
                .body("indicators.size()", equalTo(0))
                .body("budgets.find { it.code == '2.07.05' }.after", equalTo(2906987100L))
                .body("budgets.find { it.code == '2.07.01' }.kind", equalTo("REMOVED"));
        given().get(base + "/pks/2024/PK-KABID-PELATIHAN").then().body("parentCode", equalTo("PK-KADIS"));

        PkPayload published = EventCodec.payload(EventCodec.decode(TopicProbe.await(
                        KinerjaTestResources.kafka().bootstrapServers(), Topics.PLANNING,
                        r -> r.key().equals("kota-dumai-pk:pk:DISNAKER/2024/PK-KADIS"), 1, Duration.ofSeconds(30))
                .get(0).value()), EventCatalog.PK_UPSERTED);
        assertThat(published.versions()).hasSize(2);
    }

    @Test
    void editingASignedPkWithoutAnAmendmentIsAConflict() {
        String base = PlanFixtures.agency("kota-dumai-frozen", "DISNAKER");
        ObjectNode plan = PlanFixtures.dumaiPlan();
        given().contentType(ContentType.JSON).body(plan).post(base + "/plan-import").then().statusCode(200);

        ObjectNode pk = (ObjectNode) plan.get("pks").get(1).deepCopy();
        pk.remove("status");
        pk.remove("signedDate");
        ((ObjectNode) pk.get("content").get("indicators").get(0)).put("target", 12);
        given().contentType(ContentType.JSON).body(pk).put(base + "/pks/2024")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("amendment"));

        String amendment = "{\"dated\":\"2024-10-01\",\"reason\":\"Target dinaikkan\",\"content\":"
                + pk.get("content").toString() + "}";
        given().contentType(ContentType.JSON).body(amendment).post(base + "/pks/2024/PK-KABID-PELATIHAN/amendments")
                .then().statusCode(200).body("currentVersion", equalTo(2));
        long events = outboxRows("kota-dumai-frozen", "pk.upserted");
        // issue 15: the identical amendment posted again made a new version each time; now it is a no-op
        given().contentType(ContentType.JSON).body(amendment).post(base + "/pks/2024/PK-KABID-PELATIHAN/amendments")
                .then().statusCode(200).body("currentVersion", equalTo(2), "versions", hasSize(2));
        assertThat(outboxRows("kota-dumai-frozen", "pk.upserted")).isEqualTo(events);
        // the same new amendment posted by six clients at once: one new version, no 5xx
        String next = amendment.replace("Target dinaikkan", "Target dinaikkan lagi");
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(6);
        java.util.List<java.util.concurrent.CompletableFuture<Integer>> posts = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            posts.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> given().contentType(ContentType.JSON)
                    .body(next).post(base + "/pks/2024/PK-KABID-PELATIHAN/amendments").statusCode(), clients));
        }
        assertThat(posts.stream().map(java.util.concurrent.CompletableFuture::join).toList()).containsOnly(200);
        clients.shutdown();
        given().get(base + "/pks/2024/PK-KABID-PELATIHAN").then().body("currentVersion", equalTo(3));
    }

    static long outboxRows(String tenant, String type) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("tenant = ?1 and type = ?2", tenant, type));
    }

    static long planVersion(String tenant) {
        return given().get("/api/v1/tenants/{t}/plan-version", tenant).then().statusCode(200).extract()
                .<Number>path("planVersion").longValue();
    }

    /** The plan versions stamped on the tenant's events, in order. */
    static java.util.List<Long> planVersions(String tenant) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list("tenant", tenant).stream()
                .map(e -> EventCodec.decode(e.payload).planVersion()).sorted().toList());
    }

    static long outboxRows(String tenant) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("tenant", tenant));
    }
}
