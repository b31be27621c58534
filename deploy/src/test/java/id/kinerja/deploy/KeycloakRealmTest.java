package id.kinerja.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real Keycloak cannot run here, so the realm export is checked against what the services read: the claims
 * {@code Caller} takes from a token and the roles {@code Roles} defines (both read from their sources, so a rename
 * on either side fails here). The mappers of the realm are applied to each user and client as Keycloak would,
 * and every resulting token must carry a known role, a tenant and the claims its kind of caller needs.
 */
class KeycloakRealmTest {

    static final Path HOME = Path.of(System.getProperty("kinerja.home", "..")).toAbsolutePath().normalize();
    static final Path SECURITY = HOME.resolve("libs/service-commons/src/main/java/id/kinerja/commons/security");
    static final JsonNode REALM = read(HOME.resolve("deploy/keycloak/kinerja-realm.json"));

    static JsonNode read(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Set<String> matches(Path source, String regex) throws IOException {
        Set<String> found = new HashSet<>();
        Matcher m = Pattern.compile(regex).matcher(Files.readString(source));
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    static Set<String> roles() throws IOException {
        Set<String> roles = matches(SECURITY.resolve("Roles.java"), "public static final String [A-Z_]+ = \"([a-z-]+)\"");
        assertThat(roles).contains("admin", "reporter");
        return roles;
    }

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    /** The claims Keycloak would put in an access token of {@code user} through {@code mappers}. */
    static Map<String, Object> token(JsonNode user, List<JsonNode> mappers) {
        Map<String, Object> claims = new HashMap<>();
        for (JsonNode mapper : mappers) {
            JsonNode config = mapper.get("config");
            assertThat(config.path("access.token.claim").asText()).as(mapper.get("name").asText()).isEqualTo("true");
            String claim = config.get("claim.name").asText();
            boolean multi = config.path("multivalued").asText().equals("true");
            switch (mapper.get("protocolMapper").asText()) {
                case "oidc-usermodel-realm-role-mapper" -> claims.put(claim, list(user.path("realmRoles")).stream()
                        .map(JsonNode::asText).toList());
                case "oidc-usermodel-attribute-mapper" -> {
                    List<String> values = list(user.path("attributes").path(config.get("user.attribute").asText()))
                            .stream().map(JsonNode::asText).toList();
                    if (!values.isEmpty()) {
                        claims.put(claim, multi ? values : values.get(0));
                    }
                }
                case "oidc-usermodel-property-mapper" -> claims.put(claim, user.path("username").asText());
                case "oidc-hardcoded-claim-mapper" -> claims.put(claim, config.get("claim.value").asText());
                case "oidc-usersessionmodel-note-mapper" -> claims.put(claim, user.path("serviceAccountClientId").asText());
                default -> throw new AssertionError("a mapper this test does not know: " + mapper);
            }
        }
        return claims;
    }

    @Test
    void realmRolesAreExactlyTheServicesRoles() throws IOException {
        Set<String> realmRoles = new HashSet<>();
        REALM.path("roles").path("realm").forEach(r -> realmRoles.add(r.get("name").asText()));
        assertThat(realmRoles).isEqualTo(roles());
    }

    @Test
    void theKinerjaScopeIssuesEveryClaimTheServicesRead() throws IOException {
        Set<String> read = matches(SECURITY.resolve("Caller.java"), "getClaim\\(\"([a-z_]+)\"\\)");
        assertThat(read).contains("tenant", "agencies", "province", "client_id", "preferred_username");
        JsonNode scope = list(REALM.get("clientScopes")).stream().filter(s -> s.get("name").asText().equals("kinerja"))
                .findFirst().orElseThrow();
        Set<String> issued = new HashSet<>();
        scope.get("protocolMappers").forEach(m -> issued.add(m.get("config").get("claim.name").asText()));
        REALM.get("clients").forEach(c -> c.path("protocolMappers")
                .forEach(m -> issued.add(m.get("config").get("claim.name").asText())));
        assertThat(issued).containsAll(read).contains("groups"); // groups: JsonWebToken.getGroups()
        assertThat(list(REALM.get("defaultDefaultClientScopes")).stream().map(JsonNode::asText)).contains("kinerja");
    }

    @Test
    void everyUserAndAgencySystemGetsATokenTheServicesAccept() throws IOException {
        JsonNode scope = list(REALM.get("clientScopes")).stream().filter(s -> s.get("name").asText().equals("kinerja"))
                .findFirst().orElseThrow();
        Map<String, JsonNode> clients = new HashMap<>();
        REALM.get("clients").forEach(c -> clients.put(c.get("clientId").asText(), c));
        Set<String> roles = roles();
        for (JsonNode user : REALM.get("users")) {
            List<JsonNode> mappers = new ArrayList<>(list(scope.get("protocolMappers")));
            String client = user.path("serviceAccountClientId").asText(null);
            if (client != null) {
                JsonNode c = clients.get(client);
                assertThat(c).as(client).isNotNull();
                assertThat(c.get("serviceAccountsEnabled").asBoolean()).isTrue();
                assertThat(c.get("publicClient").asBoolean()).isFalse();
                mappers.removeIf(m -> c.path("protocolMappers").findValuesAsText("name").contains(m.get("name").asText()));
                mappers.addAll(list(c.path("protocolMappers")));
            }
            Map<String, Object> claims = token(user, mappers);
            String who = user.get("username").asText();
            assertThat((List<?>) claims.get("groups")).as(who).isNotEmpty().allMatch(roles::contains);
            assertThat(claims.get("tenant")).as(who + " tenant").isNotNull();
            if (client != null) {
                assertThat(claims.get("client_id")).as(who).isEqualTo(client);
                assertThat(claims.get("agencies").toString()).as(who + ": an agency system acts for its agencies")
                        .startsWith("[").contains("\"");
            }
            if (((List<?>) claims.get("groups")).contains("province-viewer")) {
                assertThat(claims.get("province")).as(who).isNotNull();
            }
        }
    }

    @Test
    void thePortalIsAPublicClientWithPkce() {
        JsonNode portal = list(REALM.get("clients")).stream().filter(c -> c.get("clientId").asText()
                .equals("kinerja-portal")).findFirst().orElseThrow();
        assertThat(portal.get("publicClient").asBoolean()).isTrue();
        assertThat(portal.get("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(portal.get("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(portal.get("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(portal.get("attributes").get("pkce.code.challenge.method").asText()).isEqualTo("S256");
    }
}
