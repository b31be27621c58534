package id.kinerja.planning;

import id.kinerja.events.EventCatalog;
import id.kinerja.events.EventCodec;
import id.kinerja.events.EventEnvelope;
import id.kinerja.events.EventFixtures;
import id.kinerja.events.Topics;
import id.kinerja.events.planning.AgencyPayload;
import id.kinerja.testsupport.KinerjaTestResources;
import id.kinerja.testsupport.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class AgencyResourceTest {

    static final String TENANT = "kota-binjai";

    @BeforeEach
    void tenant() {
        given().contentType(ContentType.JSON)
                .body(Map.of("code", TENANT, "name", "Pemerintah Kota Binjai", "regionType", "KOTA",
                        "province", "Sumatera Utara"))
                .post("/api/v1/tenants");
    }

    @Test
    void createdAgencyIsReadableAndPublishedWithTheContractShape() {
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "DISNAKERPERINDAG", "name", "Dinas Tenaga Kerja dan Perindustrian Perdagangan",
                        "shortName", "Disnakerperindag"))
                .post("/api/v1/tenants/{t}/agencies", TENANT)
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/tenants/kota-binjai/agencies/DISNAKERPERINDAG"))
                .body("version", equalTo(1), "active", equalTo(true));

        given().get("/api/v1/tenants/{t}/agencies/DISNAKERPERINDAG", TENANT)
                .then().statusCode(200).body("name", startsWith("Dinas Tenaga Kerja"));

        List<ConsumerRecord<String, String>> records = TopicProbe.await(KinerjaTestResources.kafka().bootstrapServers(),
                Topics.PLANNING, r -> r.key().equals("kota-binjai:agency:DISNAKERPERINDAG"), 1, Duration.ofSeconds(20));
        EventEnvelope event = EventCodec.decode(records.get(0).value());
        assertThat(event.tenant()).isEqualTo(TENANT);
        assertThat(event.aggregateVersion()).isEqualTo(1);
        assertThat(EventCodec.payload(event, EventCatalog.AGENCY_UPSERTED))
                .isEqualTo(new AgencyPayload("DISNAKERPERINDAG", "Dinas Tenaga Kerja dan Perindustrian Perdagangan",
                        "Disnakerperindag", true));
        assertThat(EventFixtures.shape(EventCodec.readTree(records.get(0).value())))
                .isEqualTo(EventFixtures.shape(EventCodec.readTree(EventFixtures.load(EventCatalog.AGENCY_UPSERTED))));
    }

    @Test
    void updateBumpsTheVersionOnlyWhenSomethingChanged() {
        given().contentType(ContentType.JSON).body(Map.of("code", "BAPPEDA", "name", "Bappeda"))
                .post("/api/v1/tenants/{t}/agencies", TENANT).then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("name", "Badan Perencanaan Pembangunan Daerah"))
                .put("/api/v1/tenants/{t}/agencies/BAPPEDA", TENANT).then().statusCode(200).body("version", equalTo(2));
        given().contentType(ContentType.JSON).body(Map.of("name", "Badan Perencanaan Pembangunan Daerah"))
                .put("/api/v1/tenants/{t}/agencies/BAPPEDA", TENANT).then().statusCode(200).body("version", equalTo(2));
    }

    @Test
    void invalidFieldsAreNamedInAProblem() {
        given().contentType(ContentType.JSON).body(Map.of("code", "bad code!", "name", ""))
                .post("/api/v1/tenants/{t}/agencies", TENANT)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400), "errors.field", hasItems("code", "name"));
    }

    @Test
    void malformedJsonAndUnknownFieldsAre400() {
        given().contentType(ContentType.JSON).body("{\"code\": \"X\", \"name\": ")
                .post("/api/v1/tenants/{t}/agencies", TENANT)
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("code", "X", "name", "Y", "colour", "red"))
                .post("/api/v1/tenants/{t}/agencies", TENANT)
                .then().statusCode(400).body("errors[0].field", equalTo("colour"));
    }

    @Test
    void duplicateCodeIsAConflict() {
        given().contentType(ContentType.JSON).body(Map.of("code", "INSPEKTORAT", "name", "Inspektorat"))
                .post("/api/v1/tenants/{t}/agencies", TENANT).then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("code", "INSPEKTORAT", "name", "Inspektorat"))
                .post("/api/v1/tenants/{t}/agencies", TENANT)
                .then().statusCode(409).contentType("application/problem+json").body("status", equalTo(409));
    }

    @Test
    void unknownTenantOrAgencyIs404() {
        given().contentType(ContentType.JSON).body(Map.of("code", "X", "name", "Y"))
                .post("/api/v1/tenants/{t}/agencies", "kota-tidak-ada")
                .then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/tenants/{t}/agencies/NOPE", TENANT).then().statusCode(404);
        given().get("/api/v1/no-such-path").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void officialsWhoSignPksAreRegisteredWithTheirNip() {
        given().contentType(ContentType.JSON)
                .body(Map.of("nip", "197001011990031001", "name", "Drs. Kepala", "rank", "Pembina (IV/a)",
                        "position", "Kepala Dinas"))
                .post("/api/v1/tenants/{t}/officials", TENANT).then().statusCode(anyOf(is(201), is(409)));
        given().contentType(ContentType.JSON)
                .body(Map.of("nip", "12345", "name", "X", "position", "Y"))
                .post("/api/v1/tenants/{t}/officials", TENANT)
                .then().statusCode(400).body("errors[0].field", equalTo("nip"));
        given().get("/api/v1/tenants/{t}/officials", TENANT).then().statusCode(200)
                .body("items.nip", hasItems("197001011990031001"));
    }

    @Test
    void listIsPagedAndOrdered() {
        for (String code : List.of("A1", "A2", "A3")) {
            given().contentType(ContentType.JSON).body(Map.of("code", code, "name", "Agency " + code))
                    .post("/api/v1/tenants/{t}/agencies", "kota-paging-test");
        }
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "kota-paging-test", "name", "Paging", "regionType", "KOTA"))
                .post("/api/v1/tenants").then().statusCode(201);
        for (String code : List.of("A1", "A2", "A3")) {
            given().contentType(ContentType.JSON).body(Map.of("code", code, "name", "Agency " + code))
                    .post("/api/v1/tenants/{t}/agencies", "kota-paging-test").then().statusCode(201);
        }
        given().queryParam("page", 2).queryParam("pageSize", 2).queryParam("order", "code:desc")
                .get("/api/v1/tenants/{t}/agencies", "kota-paging-test")
                .then().statusCode(200)
                .body("pager.total", equalTo(3), "pager.pageCount", equalTo(2), "items.code", equalTo(List.of("A1")));
        given().queryParam("pageSize", 0).get("/api/v1/tenants/{t}/agencies", "kota-paging-test")
                .then().statusCode(400).body("errors[0].field", equalTo("pageSize"));
        given().queryParam("order", "secret:asc").get("/api/v1/tenants/{t}/agencies", "kota-paging-test")
                .then().statusCode(400).body("errors[0].field", equalTo("order"));
    }
}
