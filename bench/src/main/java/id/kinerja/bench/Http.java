package id.kinerja.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The few HTTP calls the benchmarks make, as a client of the public APIs would make them. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    /** The bench acts as the platform operator (it creates tenants); local development key only. */
    private static final String TOKEN = id.kinerja.testsupport.DevTokens.mint(
            id.kinerja.testsupport.DevTokens.Claims.platformAdmin("bench"));
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    /** The bearer token, for an external load generator. */
    static String token() {
        return TOKEN;
    }

    record Reply(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static Reply send(String method, String url, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(10))
                .header("Authorization", "Bearer " + TOKEN);
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static JsonNode get(String url) {
        Reply reply = send("GET", url, null);
        if (reply.status() != 200) {
            throw new IllegalStateException("GET " + url + " -> " + reply.status() + " " + reply.body());
        }
        return reply.json();
    }

    /**
     * Sends until accepted: realisation-service learns the plan from events, so until its replica has caught up it
     * answers 503 with Retry-After (422 from older versions).
     */
    static Reply sendUntilAccepted(String method, String url, String body, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            Reply reply = send(method, url, body);
            if (reply.status() < 300) {
                return reply;
            }
            if ((reply.status() != 503 && reply.status() != 422) || System.nanoTime() > deadline) {
                throw new IllegalStateException(method + " " + url + " -> " + reply.status() + " "
                        + reply.body().substring(0, Math.min(600, reply.body().length())));
            }
            sleep(250);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
