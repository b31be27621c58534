package id.kinerja.realisation;

import id.kinerja.events.EventCatalog;
import id.kinerja.events.EventFixtures;
import id.kinerja.events.Topics;
import id.kinerja.testsupport.KinerjaTestResources;
import id.kinerja.testsupport.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class PlanReplicaTest {

    @Test
    void agencyEventIsReplicatedAndRedeliveryIsHarmless() {
        String fixture = EventFixtures.load(EventCatalog.AGENCY_UPSERTED);
        TopicProbe.send(KinerjaTestResources.kafka().bootstrapServers(), Topics.PLANNING, "kota-dumai:agency:DISNAKER",
                fixture, fixture);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/tenants/kota-dumai/plan-replica/agencies/DISNAKER")
                        .then().statusCode(200).body("version", equalTo(2)));
        given().get("/api/v1/tenants/kota-dumai/plan-replica/agencies/UNKNOWN")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
