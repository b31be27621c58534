package id.kinerja.planning;

import id.kinerja.testsupport.DevTokens;
import id.kinerja.testsupport.EmbeddedPostgresServer;
import id.kinerja.testsupport.KinerjaTestResources;
import id.kinerja.testsupport.badinput.BadInputGenerator;
import id.kinerja.testsupport.badinput.BadInputReport;
import id.kinerja.testsupport.badinput.DatabaseSnapshot;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write operation of planning-service's OpenAPI document, sent generated bad input: every answer a 4xx
 * problem+json naming the field or parameter, nothing written.
 */
@QuarkusTest
class PlanningBadInputGeneratedTest {

    static final String T = "kota-generated";

    @Test
    void everyWriteOperationRefusesBadInputWithA4xxNamingTheFieldAndWritesNothing() throws Exception {
        PlanFixtures.agency(T, "DISNAKER");
        EmbeddedPostgresServer pg = KinerjaTestResources.postgres();
        BadInputReport report = BadInputGenerator.against(URI.create("http://localhost:" + RestAssured.port),
                        DevTokens.mint(DevTokens.Claims.platformAdmin("bad-input-generator")))
                .pathValue("tenant", T).pathValue("agency", "DISNAKER").pathValue("year", "2024")
                .pathValue("code", "DISNAKER").pathValue("versionNo", "1")
                .includingReads()
                .snapshots(() -> DatabaseSnapshot.take(pg.jdbcUrl("planning"), EmbeddedPostgresServer.USER,
                        EmbeddedPostgresServer.PASSWORD))
                .run();

        System.out.println(report.summary());
        report.failures().stream().limit(80).forEach(f -> System.out.println("  " + f));
        assertThat(report.tried()).isGreaterThan(300);
        assertThat(report.failures()).isEmpty();
    }
}
