package id.kinerja.commons.security;

import id.kinerja.commons.openapi.ProblemResponses;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Documents the bearer token so Swagger UI shows "Authorize" and sends the token with every call (operations
 * marked {@code @SecurityRequirements} with no value, the public ones, say {@code security: []}), and the
 * problem+json answers of every operation ({@link ProblemResponses}).
 */
public class BearerSecurityOpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        // smallrye-jwt may already have documented a bearer scheme: describe and require that one
        String name = openAPI.getComponents().getSecuritySchemes() == null ? "bearer"
                : openAPI.getComponents().getSecuritySchemes().entrySet().stream()
                .filter(e -> "bearer".equalsIgnoreCase(e.getValue().getScheme())).map(java.util.Map.Entry::getKey)
                .findFirst().orElse("bearer");
        openAPI.getComponents().addSecurityScheme(name, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("A JWT from the identity provider (claims: sub, groups = roles, tenant, agencies, "
                        + "province, client_id for agency systems). Locally: ./dev-token.sh, see docs/security.md"));
        openAPI.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(name));
        if (openAPI.getInfo() != null && openAPI.getInfo().getContact() == null) {
            openAPI.getInfo().setContact(OASFactory.createContact().name("Kinerja")
                    .url("https://kinerja.id/docs/integrators"));
        }
        ProblemResponses.document(openAPI);
    }
}
