package id.kinerja.reporting;

import id.kinerja.testsupport.KinerjaTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Real PostgreSQL and Kafka for every test of this module (started once per test JVM). */
@QuarkusTestResource(value = KinerjaTestResources.class,
        initArgs = @ResourceArg(name = "database", value = "reporting"))
public class TestServers {
}
