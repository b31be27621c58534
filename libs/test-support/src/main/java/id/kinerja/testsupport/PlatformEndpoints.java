package id.kinerja.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** What every Kinerja service must serve: OpenAPI with its title, health (readiness: the database), metrics, Swagger UI. */
public final class PlatformEndpoints {

    private PlatformEndpoints() {
    }

    public static void assertServed(String title, String path, String method) {
        given().accept("application/json").get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo(title))
                .body("paths.'" + path + "'." + method + ".summary", notNullValue())
                // one bearer scheme, required globally, so Swagger UI shows "Authorize" once
                .body("components.securitySchemes.findAll { it.value.scheme == 'bearer' }.size()", equalTo(1))
                .body("security.size()", equalTo(1));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
