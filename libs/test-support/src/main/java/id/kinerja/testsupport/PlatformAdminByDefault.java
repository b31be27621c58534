package id.kinerja.testsupport;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;

/**
 * Service tests call the API as the platform operator unless they say otherwise: a REST Assured request
 * without an {@code Authorization} header gets a platform-admin dev token. The access tests
 * ({@code *AccessTest}) send their own tokens, or none (with java.net.http).
 */
public class PlatformAdminByDefault implements QuarkusTestBeforeEachCallback {

    private static final String TOKEN = DevTokens.mint(DevTokens.Claims.platformAdmin("test-operator"));
    private static final Filter DEFAULT_TOKEN = (request, response, context) -> {
        if (!request.getHeaders().hasHeaderWithName("Authorization")) {
            request.header("Authorization", "Bearer " + TOKEN);
        }
        return context.next(request, response);
    };

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(DEFAULT_TOKEN)) {
            RestAssured.filters(DEFAULT_TOKEN);
        }
    }
}
