package id.kinerja.reporting;

import id.kinerja.testsupport.PlatformEndpoints;
import id.kinerja.testsupport.contract.CommittedContract;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiTest {

    @Test
    void openApiHealthMetricsAndSwaggerAreServed() {
        PlatformEndpoints.assertServed("Kinerja reporting-service", "/api/v1/tenants/{tenant}/agencies/{agency}/dashboard/{year}", "get");
    }

    @Test
    void servesTheCommittedContract() throws Exception {
        CommittedContract.assertMatches("reporting-service");
    }
}
