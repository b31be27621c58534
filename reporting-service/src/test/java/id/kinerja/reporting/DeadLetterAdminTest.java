package id.kinerja.reporting;

import id.kinerja.events.Topics;
import id.kinerja.testsupport.KinerjaTestResources;
import id.kinerja.testsupport.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record that can never be applied lands in the dead-letter topic saying where it came from and why; an
 * operator lists it through the admin API and re-drives it through its consumer.
 */
@QuarkusTest
class DeadLetterAdminTest {

    static String bootstrap() {
        return KinerjaTestResources.kafka().bootstrapServers();
    }

    static String header(ConsumerRecord<String, String> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    @Test
    void deadLetterCarriesItsOriginAndCanBeListedAndRedriven() {
        String key = "kota-dlq:agency:BROKEN";
        TopicProbe.send(bootstrap(), Topics.PLANNING, key, "{\"not\": \"an envelope\"}");

        ConsumerRecord<String, String> dead = TopicProbe.await(bootstrap(), Topics.DEAD_LETTER,
                r -> key.equals(r.key()), 1, Duration.ofSeconds(30)).get(0);
        assertThat(header(dead, "dead-letter-topic")).isEqualTo(Topics.PLANNING);
        assertThat(header(dead, "dead-letter-partition")).matches("\\d+");
        assertThat(header(dead, "dead-letter-offset")).matches("\\d+");
        assertThat(header(dead, "dead-letter-consumer")).isEqualTo("reporting.planning");
        assertThat(header(dead, "dead-letter-exception-class-name")).isNotBlank();
        assertThat(header(dead, "dead-letter-reason")).contains("not a valid event envelope");

        JsonPath page = given().queryParam("pageSize", 1000).get("/api/v1/admin/dead-letters")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> mine = page.getList("items.findAll { it.key == '" + key + "' }");
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0)).containsEntry("sourceTopic", Topics.PLANNING)
                .containsEntry("consumer", "reporting.planning")
                .containsEntry("partition", dead.partition());
        assertThat(page.getInt("pager.total")).isGreaterThanOrEqualTo(1);

        given().post("/api/v1/admin/dead-letters/{p}/{o}/redrive", dead.partition(), dead.offset())
                .then().statusCode(200)
                .body("consumer", org.hamcrest.Matchers.equalTo("reporting.planning"))
                .body("outcome", org.hamcrest.Matchers.equalTo("DEAD_LETTERED_AGAIN"));
        // still undecodable, so it comes back, marked as re-driven
        TopicProbe.await(bootstrap(), Topics.DEAD_LETTER,
                r -> key.equals(r.key()) && header(r, "redriven-from") != null, 1, Duration.ofSeconds(30));

        given().post("/api/v1/admin/dead-letters/{p}/{o}/redrive", dead.partition(), 999_999)
                .then().statusCode(404).contentType("application/problem+json");
    }
}
