package id.kinerja.localrun;

import id.kinerja.client.realisation.api.IndicatorRealisationsApi;
import id.kinerja.client.realisation.model.BulkSummary;
import id.kinerja.client.realisation.model.IndicatorRealisationInput;
import id.kinerja.client.reporting.api.DashboardsApi;
import id.kinerja.client.reporting.model.AgencyDashboard;
import id.kinerja.testsupport.DevTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The Java clients generated from the committed contract (clients/java), used as an integrator would against the
 * packaged system: an agency system's dry-run push of the demo's own figures, and the dashboard they feed. A
 * contract that no longer matches the services breaks this test (or the build of the clients).
 */
class GeneratedClientIT {

    static SharedSystem system;
    static final DashboardsApi.APIGetAgencyDashboardRequest DASHBOARD = DashboardsApi.APIGetAgencyDashboardRequest
            .newBuilder().tenant("kota-dumai").agency("DISNAKER").year(2024).build();

    @BeforeAll
    static void start() throws Exception {
        system = SharedSystem.get();
    }

    static id.kinerja.client.realisation.ApiClient realisation(String token) {
        var client = new id.kinerja.client.realisation.ApiClient();
        client.updateBaseUri(system.realisation);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    static id.kinerja.client.reporting.ApiClient reporting(String token) {
        var client = new id.kinerja.client.reporting.ApiClient();
        client.updateBaseUri(system.reporting);
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    @Test
    void anAgencySystemPushesThroughTheGeneratedClientAndReadsTheDashboard() throws Exception {
        String reporter = DevTokens.mint(DevTokens.Claims.machine("sipd-disnaker-dumai", "kota-dumai", "DISNAKER"));
        IndicatorRealisationsApi pushes = new IndicatorRealisationsApi(realisation(reporter));
        // the row as the demo data has it, narratives included (an absent field would change the record)
        com.fasterxml.jackson.databind.JsonNode demo = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(java.nio.file.Path.of(System.getProperty("kinerja.home", ".."), "demo-data", "kota-dumai",
                        "realisations-2024.json").toFile())
                .get("indicatorRealisations");
        com.fasterxml.jackson.databind.JsonNode printed = java.util.stream.StreamSupport.stream(demo.spliterator(), false)
                .filter(r -> r.get("indicatorCode").asText().equals("DM-IKU-2")).findFirst().orElseThrow();
        IndicatorRealisationInput row = new IndicatorRealisationInput().agencyCode("DISNAKER")
                .indicatorCode("DM-IKU-2").year(2024).value(new BigDecimal("20.26"))
                .dataSource("Dinas Tenaga Kerja Kota Dumai (internal)")
                .drivingFactors(printed.path("drivingFactors").asText(null))
                .inhibitingFactors(printed.path("inhibitingFactors").asText(null))
                .followUp(printed.path("followUp").asText(null));
        // the demo loader pushed the same figure: a dry run counts it as unchanged and writes nothing
        BulkSummary summary = await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() ->
                        pushes.pushIndicatorRealisations(IndicatorRealisationsApi.APIPushIndicatorRealisationsRequest
                                .newBuilder().tenant("kota-dumai").dryRun(true)
                                .indicatorRealisationInput(List.of(row)).build()),
                s -> s.getImportCount().getUnchanged() == 1);
        assertThat(summary.getDryRun()).isTrue();
        assertThat(summary.getImportCount().getRejected()).isZero();

        String viewer = DevTokens.mint(DevTokens.Claims.person("pembaca-dumai", "viewer", "kota-dumai"));
        AgencyDashboard dashboard = new DashboardsApi(reporting(viewer)).getAgencyDashboard(DASHBOARD);
        assertThat(dashboard.getAgency()).isEqualTo("DISNAKER");
        assertThat(dashboard.getSasaran()).isNotEmpty();
        assertThat(dashboard.toString()).contains("DM-IKU-2");
    }

    @Test
    void problemsReachTheClientWithTheirStatus() throws Exception {
        DashboardsApi anonymous = new DashboardsApi(reporting(null));
        assertThatThrownBy(() -> anonymous.getAgencyDashboard(DASHBOARD))
                .isInstanceOfSatisfying(id.kinerja.client.reporting.ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(401);
                    assertThat(e.getResponseBody()).contains("https://kinerja.id/problems/401");
                });
    }
}
