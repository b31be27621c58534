package id.kinerja.realisation;

import id.kinerja.events.plan.ValueType;
import id.kinerja.testsupport.DevTokens;
import id.kinerja.testsupport.EmbeddedPostgresServer;
import id.kinerja.testsupport.KinerjaTestResources;
import id.kinerja.testsupport.badinput.BadInputGenerator;
import id.kinerja.testsupport.badinput.BadInputReport;
import id.kinerja.testsupport.badinput.DatabaseSnapshot;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every write operation of realisation-service's OpenAPI document, sent generated bad input (wrong types, huge
 * numbers, duplicate keys, trailing tokens, invalid UTF-8, deep nesting, long text, homoglyphs, malformed
 * flags and path numbers; the read operations get the malformed parameters): every answer a 4xx problem+json
 * naming the field, nothing written.
 */
@QuarkusTest
class RealisationBadInputGeneratedTest {

    static final String T = "kota-generated";
    static final String ROW = "{\"agencyCode\":\"DISNAKER\",\"indicatorCode\":\"DM-IKU-1\",\"year\":2025,\"quarter\":2,"
            + "\"value\":5,\"provisional\":true,\"finalDataExpected\":\"2025-12-31\",\"dataSource\":\"BPS\","
            + "\"drivingFactors\":\"Pelatihan\",\"inhibitingFactors\":\"Anggaran\",\"followUp\":\"Evaluasi\"}";
    static final String BUDGET_ROW = "{\"agencyCode\":\"DISNAKER\",\"subKegiatanCode\":\"2.07.03.2.01.0001\","
            + "\"year\":2025,\"quarter\":2,\"amount\":1000.50,\"physicalProgress\":40,\"overPaguReason\":\"Darurat\"}";

    @Test
    void everyWriteOperationRefusesBadInputWithA4xxNamingTheFieldAndWritesNothing() throws Exception {
        new PlanSeeder(T).agency("DISNAKER").renstra("DISNAKER", 2021, 2026)
                .indicator("DISNAKER", "DM-IKU-1", ValueType.NUMBER, List.of())
                .subKegiatan("DISNAKER", 2025, "2.07.03.2.01.0001", 5_000_000, 5_000_000).flush();
        ReplicaProbe.awaitBudgetNodes(T, 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().contentType(ContentType.JSON).body(ROW)
                .put("/api/v1/tenants/" + T + "/indicator-realisations").statusCode() == 200);

        EmbeddedPostgresServer pg = KinerjaTestResources.postgres();
        BadInputReport report = BadInputGenerator.against(URI.create("http://localhost:" + RestAssured.port),
                        DevTokens.mint(DevTokens.Claims.platformAdmin("bad-input-generator")))
                .pathValue("tenant", T).pathValue("year", "2025").pathValue("quarter", "2")
                .pathValue("agency", "DISNAKER").pathValue("code", "DM-IKU-1")
                .example("PUT /api/v1/tenants/{tenant}/indicator-realisations", ROW)
                .example("POST /api/v1/tenants/{tenant}/indicator-realisations/bulk", "[" + ROW + "]")
                .example("PUT /api/v1/tenants/{tenant}/budget-realisations", BUDGET_ROW)
                .example("POST /api/v1/tenants/{tenant}/budget-realisations/bulk", "[" + BUDGET_ROW + "]")
                .example("POST /api/v1/tenants/{tenant}/indicator-realisations/workflow", "{\"agencyCode\":\"DISNAKER\","
                        + "\"year\":2025,\"quarter\":2,\"indicatorCodes\":[\"DM-IKU-1\"],\"action\":\"RETURN\","
                        + "\"comment\":\"Perbaiki\"}")
                .includingReads()
                .snapshots(() -> DatabaseSnapshot.take(pg.jdbcUrl("realisation"), EmbeddedPostgresServer.USER,
                        EmbeddedPostgresServer.PASSWORD))
                .run();

        System.out.println(report.summary());
        report.failures().stream().limit(60).forEach(f -> System.out.println("  " + f));
        assertThat(report.tried()).isGreaterThan(300);
        assertThat(report.failures()).isEmpty();
    }
}
