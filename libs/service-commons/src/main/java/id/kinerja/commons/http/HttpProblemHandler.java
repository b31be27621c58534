package id.kinerja.commons.http;

import id.kinerja.commons.problem.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * A body over the size limit is refused before it is read, and still answered with RFC 9457
 * problem+json naming the body, instead of an empty 413.
 */
@ApplicationScoped
public class HttpProblemHandler {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    void install(@Observes Router router) {
        long limit = maxBodySize.map(MemorySize::asLongValue).orElse(10L * 1024 * 1024);
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && isOver(length, limit)) {
                tooLarge(ctx, limit);
            } else {
                ctx.next();
            }
        });
    }

    private static boolean isOver(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void tooLarge(RoutingContext ctx, long limit) {
        JsonObject problem = new JsonObject()
                .put("type", "https://kinerja.id/problems/413")
                .put("title", "Content Too Large")
                .put("status", 413)
                .put("detail", "The request body is larger than the " + limit + " bytes this service accepts;"
                        + " split the push into smaller requests")
                .put("instance", ctx.request().path())
                .put("errors", new JsonArray().add(new JsonObject().put("field", "body")
                        .put("message", "over the size limit of " + limit + " bytes")));
        ctx.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE).putHeader("Connection", "close")
                .end(problem.encode());
    }
}
