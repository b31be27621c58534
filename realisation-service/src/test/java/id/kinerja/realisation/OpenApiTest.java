package id.kinerja.realisation;

import id.kinerja.testsupport.PlatformEndpoints;
import id.kinerja.testsupport.contract.CommittedContract;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiTest {

    @Test
    void openApiHealthMetricsAndSwaggerAreServed() {
        PlatformEndpoints.assertServed("Kinerja realisation-service", "/api/v1/tenants/{tenant}/indicator-realisations/bulk", "post");
    }

    @Test
    void servesTheCommittedContract() throws Exception {
        CommittedContract.assertMatches("realisation-service");
    }
}
