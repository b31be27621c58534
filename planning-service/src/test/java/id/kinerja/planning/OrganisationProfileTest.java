package id.kinerja.planning;

import id.kinerja.commons.outbox.OutboxEvent;
import id.kinerja.events.EventCatalog;
import id.kinerja.events.EventCodec;
import id.kinerja.events.planning.OrganisationProfilePayload;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The organisation profile of an agency-year: written whole, read back, one event per change (none for an unchanged
 * body), negative counts and a category twice in a table refused naming the field; the plan import carries it.
 */
@QuarkusTest
class OrganisationProfileTest {

    static final String PROFILE = """
            {"address": "Jalan Kesehatan No. 5, Dumai", "tugas": "Membantu Wali Kota di bidang tenaga kerja.",
             "fungsi": ["Perumusan kebijakan", "Pelaksanaan kebijakan"],
             "head": {"nip": "19770524 199602 1 002", "name": "Satrio Wibowo", "position": "Kepala Dinas",
                      "rank": "Pembina Utama Muda (IV/c)"},
             "staffByGolongan": [{"category": "III", "count": 27}, {"category": "IV", "count": 5}],
             "staffByEducation": [{"category": "S1", "count": %d}],
             "isuStrategis": ["Tingginya angka pengangguran"]}""";

    @Test
    void aProfileIsWrittenWholeWithOneEventPerChange() {
        String base = PlanFixtures.agency("kota-profil", "DISNAKER") + "/profile/2024";
        given().contentType(ContentType.JSON).body(PROFILE.formatted(36)).put(base).then().statusCode(200)
                .body("change", equalTo("CREATED"), "state.head.name", equalTo("Satrio Wibowo"),
                        "state.staffByGolongan.count", equalTo(List.of(27, 5)));
        given().contentType(ContentType.JSON).body(PROFILE.formatted(36)).put(base).then().statusCode(200)
                .body("change", equalTo("UNCHANGED"));
        given().contentType(ContentType.JSON).body(PROFILE.formatted(40)).put(base).then().statusCode(200)
                .body("change", equalTo("UPDATED"));
        given().get(base).then().statusCode(200).body("staffByEducation[0].count", equalTo(40),
                "isuStrategis", hasItem("Tingginya angka pengangguran"));
        List<OutboxEvent> events = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list(
                "tenant = ?1 and type = ?2", "kota-profil", "organisation-profile.upserted"));
        assertThat(events).hasSize(2);
        var newest = events.stream().map(e -> EventCodec.decode(e.payload))
                .max(java.util.Comparator.comparingLong(id.kinerja.events.EventEnvelope::aggregateVersion)).orElseThrow();
        assertThat(newest.aggregateId()).isEqualTo("DISNAKER/2024");
        OrganisationProfilePayload last = EventCodec.payload(newest, EventCatalog.ORGANISATION_PROFILE_UPSERTED);
        assertThat(last.staffByEducation().get(0).count()).isEqualTo(40);
        assertThat(last.year()).isEqualTo(2024);

        given().get(PlanFixtures.agency("kota-profil", "DISNAKER") + "/profile/2023").then().statusCode(404);
    }

    @Test
    void badCountsAndDuplicateCategoriesAreRefusedNamingTheField() {
        String base = PlanFixtures.agency("kota-profil", "DISNAKER") + "/profile/2025";
        given().contentType(ContentType.JSON).body(PROFILE.formatted(-1)).put(base).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("staffByEducation[0].count")));
        given().contentType(ContentType.JSON).body(PROFILE.formatted(3).replace("\"IV\"", "\"III\"")).put(base)
                .then().statusCode(422).body("errors[0].field", equalTo("staffByGolongan[1].category"));
        given().get(base).then().statusCode(404);
    }
}
