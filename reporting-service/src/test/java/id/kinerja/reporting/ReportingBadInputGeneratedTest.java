package id.kinerja.reporting;

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
 * reporting-service's only write (start a replay) takes no input, so its read operations are sent the
 * malformed parameters too ({@code official=ture}, {@code compare=no}, Arabic-Indic years, unknown enum
 * values): every answer a 4xx problem+json naming the parameter, nothing written.
 */
@QuarkusTest
class ReportingBadInputGeneratedTest {

    @Test
    void everyOperationRefusesMalformedParametersWithA4xxNamingThemAndWritesNothing() throws Exception {
        EmbeddedPostgresServer pg = KinerjaTestResources.postgres();
        BadInputReport report = BadInputGenerator.against(URI.create("http://localhost:" + RestAssured.port),
                        DevTokens.mint(DevTokens.Claims.platformAdmin("bad-input-generator")))
                .pathValue("tenant", "kota-generated").pathValue("agency", "DISNAKER").pathValue("year", "2024")
                .pathValue("province", "Riau").pathValue("code", "DM-IKU-1")
                .includingReads()
                .snapshots(() -> DatabaseSnapshot.take(pg.jdbcUrl("reporting"), EmbeddedPostgresServer.USER,
                        EmbeddedPostgresServer.PASSWORD))
                .run();

        System.out.println(report.summary());
        report.failures().stream().limit(80).forEach(f -> System.out.println("  " + f));
        assertThat(report.tried()).isGreaterThan(30);
        assertThat(report.failures()).isEmpty();
    }
}
