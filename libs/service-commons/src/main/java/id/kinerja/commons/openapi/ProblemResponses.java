package id.kinerja.commons.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.Map;
import java.util.TreeMap;

/**
 * Documents the problem+json answers every operation can give, in one place instead of on each resource: 401
 * and 403 where a token is needed, 400 where there is input, 404 where the path names a record, 413 where there
 * is a body; and gives every problem response (also those a resource declared) its shared example, and 503 its
 * Retry-After header.
 */
public final class ProblemResponses {

    static final String PROBLEM = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "400", "Invalid parameters or body: a problem naming each field",
            "401", "No valid bearer token",
            "403", "The token's roles or scope (tenant, agencies, province) do not cover this request",
            "404", "Unknown record or path",
            "413", "The body is larger than the service accepts");

    private ProblemResponses() {
    }

    public static void document(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean problemSchema = openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null
                && openAPI.getComponents().getSchemas().containsKey("Problem");
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) ->
                document(path, item, method, op, problemSchema)));
    }

    private static void document(String path, PathItem item, PathItem.HttpMethod method, Operation op,
                                 boolean problemSchema) {
        if (op.getResponses() == null) {
            op.setResponses(OASFactory.createAPIResponses());
        }
        boolean isPublic = op.getSecurity() != null && op.getSecurity().isEmpty();
        boolean input = op.getRequestBody() != null || hasItems(op.getParameters()) || hasItems(item.getParameters());
        if (!isPublic) {
            require(op, "401", problemSchema);
            require(op, "403", problemSchema);
        }
        if (input) {
            require(op, "400", problemSchema);
        }
        if (path.contains("{")) {
            require(op, "404", problemSchema);
        }
        if (op.getRequestBody() != null) {
            require(op, "413", problemSchema);
        }
        // keep the responses ordered by status, so the document reads (and diffs) the same every time
        Map<String, APIResponse> sorted = new TreeMap<>(op.getResponses().getAPIResponses());
        op.getResponses().setAPIResponses(sorted);
        sorted.forEach((status, response) -> exemplify(status, response, problemSchema));
    }

    private static boolean hasItems(java.util.List<?> list) {
        return list != null && !list.isEmpty();
    }

    private static void require(Operation op, String status, boolean problemSchema) {
        if (op.getResponses().hasAPIResponse(status)) {
            return;
        }
        op.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().description(DESCRIPTIONS.get(status))
                .content(OASFactory.createContent().addMediaType(PROBLEM, problemMedia(problemSchema))));
    }

    private static MediaType problemMedia(boolean problemSchema) {
        MediaType media = OASFactory.createMediaType();
        if (problemSchema) {
            media.setSchema(OASFactory.createSchema().ref("#/components/schemas/Problem"));
        }
        return media;
    }

    private static void exemplify(String status, APIResponse response, boolean problemSchema) {
        String example = ProblemExamples.BY_STATUS.get(status);
        if (example == null) {
            return;
        }
        if (response.getContent() == null || response.getContent().getMediaTypes().isEmpty()) {
            // e.g. the bare "400 Bad Request" SmallRye adds for validated parameters: say what the body is
            response.setContent(OASFactory.createContent().addMediaType(PROBLEM, problemMedia(problemSchema)));
            if (DESCRIPTIONS.containsKey(status)) {
                response.setDescription(DESCRIPTIONS.get(status));
            }
        }
        Content content = response.getContent();
        if (content.getMediaType(PROBLEM) == null) {
            return;
        }
        MediaType media = content.getMediaType(PROBLEM);
        if (media.getExample() == null && (media.getExamples() == null || media.getExamples().isEmpty())) {
            media.setExample(parse(example));
        }
        if ("503".equals(status) && (response.getHeaders() == null || !response.getHeaders().containsKey("Retry-After"))) {
            response.addHeader("Retry-After", OASFactory.createHeader()
                    .description("Seconds to wait before sending the same request again")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
        }
    }

    private static Object parse(String json) {
        try {
            return JSON.readValue(json, Object.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("bad example " + json, e);
        }
    }
}
