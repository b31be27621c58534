package id.kinerja.planning;

import id.kinerja.testsupport.PlatformEndpoints;
import id.kinerja.testsupport.contract.CommittedContract;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiTest {

    @Test
    void openApiHealthMetricsAndSwaggerAreServed() {
        PlatformEndpoints.assertServed("Kinerja planning-service", "/api/v1/tenants/{tenant}/agencies", "post");
    }

    @Test
    void servesTheCommittedContract() throws Exception {
        CommittedContract.assertMatches("planning-service");
    }
}
