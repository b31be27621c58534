package id.kinerja.localrun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.client.realisation.api.IndicatorRealisationsApi;
import id.kinerja.client.realisation.model.BulkSummary;
import id.kinerja.client.realisation.model.IndicatorRealisationInput;
import id.kinerja.client.reporting.api.DashboardsApi;
import id.kinerja.testsupport.DevTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
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

    @BeforeAll
    static void start() throws Exception {
        system = SharedSystem.get();
    }

    static <T> T client(Class<T> api, String baseUrl, String token) throws Exception {
        URI base = URI.create(baseUrl);
        Object apiClient = api.getPackageName().contains(".realisation.")
                ? configure(new id.kinerja.client.realisation.ApiClient(), base, token)
                : configure(new id.kinerja.client.reporting.ApiClient(), base, token);
        return api.getConstructor(apiClient.getClass()).newInstance(apiClient);
    }

    private static id.kinerja.client.realisation.ApiClient configure(id.kinerja.client.realisation.ApiClient c,
                                                                     URI base, String token) {
        c.updateBaseUri(base.toString());
        if (token != null) {
            c.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return c;
    }

    private static id.kinerja.client.reporting.ApiClient configure(id.kinerja.client.reporting.ApiClient c,
                                                                   URI base, String token) {
        c.updateBaseUri(base.toString());
        if (token != null) {
            c.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return c;
    }

    @Test
    void anAgencySystemPushesThroughTheGeneratedClientAndReadsTheDashboard() throws Exception {
        String reporter = DevTokens.mint(DevTokens.Claims.machine("sipd-disnaker-dumai", "kota-dumai", "DISNAKER"));
        IndicatorRealisationsApi pushes = client(IndicatorRealisationsApi.class, system.realisation, reporter);
        IndicatorRealisationInput row = new IndicatorRealisationInput().agencyCode("DISNAKER")
                .indicatorCode("DM-IKU-2").year(2024).value(new BigDecimal("20.26"))
                .dataSource("Dinas Tenaga Kerja Kota Dumai (internal)");
        // the demo loader pushed the same figure: a dry run counts it as unchanged and writes nothing
        BulkSummary summary = await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() ->
                        pushes.pushIndicatorRealisations("kota-dumai", true, true, null, null, null, List.of(row)),
                s -> s.getImportCount().getUnchanged() == 1);
        assertThat(summary.getDryRun()).isTrue();
        assertThat(summary.getImportCount().getRejected()).isZero();

        String viewer = DevTokens.mint(DevTokens.Claims.person("pembaca-dumai", "viewer", "kota-dumai"));
        DashboardsApi dashboards = client(DashboardsApi.class, system.reporting, viewer);
        JsonNode dashboard = new ObjectMapper().readTree(dashboards.getAgencyDashboard("kota-dumai", "DISNAKER", 2024,
                null));
        assertThat(dashboard.toString()).contains("DM-IKU-2");
    }

    @Test
    void problemsReachTheClientWithTheirStatus() throws Exception {
        DashboardsApi anonymous = client(DashboardsApi.class, system.reporting, null);
        assertThatThrownBy(() -> anonymous.getAgencyDashboard("kota-dumai", "DISNAKER", 2024, null))
                .isInstanceOfSatisfying(id.kinerja.client.reporting.ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(401);
                    assertThat(e.getResponseBody()).contains("https://kinerja.id/problems/401");
                });
    }
}
