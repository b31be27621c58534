package id.kinerja.planning;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** The Dumai 2024 plan of the demo data, and a fresh tenant + agency to import it into. */
final class PlanFixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private PlanFixtures() {
    }

    static ObjectNode dumaiPlan() {
        try {
            return (ObjectNode) JSON.readTree(Path.of("../demo-data/kota-dumai/plan-DISNAKER-2024.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Registers a tenant and agency (idempotently) and returns the agency's base path. */
    static String agency(String tenant, String agency) {
        given().contentType(ContentType.JSON)
                .body(Map.of("code", tenant, "name", "Pemerintah " + tenant, "regionType", "KOTA"))
                .post("/api/v1/tenants");
        given().contentType(ContentType.JSON).body(Map.of("code", agency, "name", "Agency " + agency))
                .post("/api/v1/tenants/{t}/agencies", tenant);
        return "/api/v1/tenants/" + tenant + "/agencies/" + agency;
    }
}
