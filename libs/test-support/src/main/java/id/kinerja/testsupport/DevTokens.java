package id.kinerja.testsupport;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Signs tokens with the development key ({@code dev/jwt-private.pem}, committed on purpose and trusted only
 * where {@code JWT_PUBLIC_KEY_LOCATION} names {@code dev/jwt-public.pem}: tests, the local run and
 * docker-compose). Claims follow what an OIDC provider such as Keycloak issues: {@code iss}, {@code sub},
 * {@code preferred_username} or {@code client_id}, {@code groups}, plus {@code tenant}, {@code agencies},
 * {@code province}.
 */
public final class DevTokens {

    public static final String ISSUER = "https://kinerja.local/dev";
    private static final PrivateKey KEY = load();

    private DevTokens() {
    }

    /** A token's content; {@code agencies} empty = every agency of the tenant. */
    public record Claims(String subject, boolean machine, List<String> roles, String tenant, List<String> agencies,
                         String province, Duration lifetime) {

        public static Claims person(String name, String role, String tenant, String... agencies) {
            return new Claims(name, false, List.of(role), tenant, List.of(agencies), null, Duration.ofHours(12));
        }

        public static Claims machine(String clientId, String tenant, String agency) {
            return new Claims(clientId, true, List.of("reporter"), tenant, List.of(agency), null, Duration.ofHours(12));
        }

        public static Claims province(String name, String province) {
            return new Claims(name, false, List.of("province-viewer"), null, List.of(), province, Duration.ofHours(12));
        }

        /** The platform operator: admin of every tenant. */
        public static Claims platformAdmin(String name) {
            return new Claims(name, false, List.of("admin"), "*", List.of(), null, Duration.ofHours(12));
        }

        public Claims expiringIn(Duration lifetime) {
            return new Claims(subject, machine, roles, tenant, agencies, province, lifetime);
        }
    }

    public static String mint(Claims c) {
        return sign(c, KEY, ISSUER);
    }

    /** Signed with another private key (PKCS#8 PEM), e.g. the one docker compose generates on first start. */
    public static String mint(Claims c, java.nio.file.Path privateKeyPem) {
        try {
            return sign(c, decode(java.nio.file.Files.readString(privateKeyPem, StandardCharsets.US_ASCII)), ISSUER);
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot read a PKCS#8 PEM private key from " + privateKeyPem, e);
        }
    }

    /** Signed with a key nobody trusts: for tests that a forged token is refused. */
    public static String forged(Claims c) {
        try {
            java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return sign(c, generator.generateKeyPair().getPrivate(), ISSUER);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(Claims c, PrivateKey key, String issuer) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(c.subject());
        claims.setJwtId(UUID.randomUUID().toString());
        claims.setIssuedAtToNow();
        long now = System.currentTimeMillis() / 1000;
        claims.setExpirationTime(org.jose4j.jwt.NumericDate.fromSeconds(now + c.lifetime().toSeconds()));
        claims.setClaim(c.machine() ? "client_id" : "preferred_username", c.subject());
        claims.setStringListClaim("groups", c.roles());
        if (c.tenant() != null) {
            claims.setClaim("tenant", c.tenant());
        }
        if (!c.agencies().isEmpty()) {
            claims.setStringListClaim("agencies", c.agencies());
        }
        if (c.province() != null) {
            claims.setClaim("province", c.province());
        }
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("could not sign a dev token", e);
        }
    }

    private static PrivateKey load() {
        try (InputStream in = DevTokens.class.getResourceAsStream("/dev/jwt-private.pem")) {
            return decode(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("the dev signing key dev/jwt-private.pem is unreadable", e);
        }
    }

    private static PrivateKey decode(String pem) throws java.security.GeneralSecurityException {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
