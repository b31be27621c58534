package id.kinerja.realisation;

import id.kinerja.testsupport.PlatformEndpoints;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiTest {

    @Test
    void openApiHealthMetricsAndSwaggerAreServed() {
        PlatformEndpoints.assertServed("Kinerja realisation-service", "/api/v1/tenants/{tenant}/indicator-realisations/bulk", "post");
    }
}
