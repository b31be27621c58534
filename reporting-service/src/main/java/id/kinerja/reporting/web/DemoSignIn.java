package id.kinerja.reporting.web;

import id.kinerja.commons.security.DevKeyGuard;
import io.quarkus.runtime.LaunchMode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The local run's sign-in: demo tokens signed with the development key. It exists only where that key is already
 * trusted for a throw-away system (dev and test profiles, or {@code KINERJA_ALLOW_DEV_KEY=true}) and a signing key
 * is configured; anywhere else (production with a real identity provider) its endpoints answer 404.
 */
@ApplicationScoped
public class DemoSignIn {

    static final Duration LIFETIME = Duration.ofHours(8);

    @Inject
    Config config;
    @Inject
    DashboardConfig dashboard;

    private PrivateKey key;
    private String issuer;

    @PostConstruct
    void init() {
        boolean production = LaunchMode.current() == LaunchMode.NORMAL;
        boolean allowed = config.getOptionalValue("kinerja.allow-dev-key", Boolean.class).orElse(false);
        boolean devKeyTrusted = DevKeyGuard.refusal(true, false,
                config.getOptionalValue("mp.jwt.verify.publickey.location", String.class),
                config.getOptionalValue("mp.jwt.verify.publickey", String.class)).isPresent();
        if (enabled(production, allowed, devKeyTrusted, dashboard.demoSignInKey())) {
            key = readKey(dashboard.demoSignInKey().get());
            issuer = config.getOptionalValue("mp.jwt.verify.issuer", String.class).orElse("https://kinerja.local/dev");
        }
    }

    /** Only a system that trusts the development key anyway (and is allowed to) may hand out tokens signed with it. */
    static boolean enabled(boolean production, boolean allowDevKey, boolean devKeyTrusted, Optional<String> signingKey) {
        return signingKey.isPresent() && devKeyTrusted && (!production || allowDevKey);
    }

    public boolean enabled() {
        return key != null;
    }

    String mint(DemoUsers.DemoUser user) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(user.name());
        claims.setJwtId(UUID.randomUUID().toString());
        claims.setIssuedAtToNow();
        claims.setExpirationTime(NumericDate.fromSeconds(System.currentTimeMillis() / 1000 + LIFETIME.toSeconds()));
        claims.setClaim("preferred_username", user.name());
        claims.setStringListClaim("groups", user.role());
        if (user.tenant() != null) {
            claims.setClaim("tenant", user.tenant());
        }
        if (!user.agencies().isEmpty()) {
            claims.setStringListClaim("agencies", user.agencies());
        }
        if (user.province() != null) {
            claims.setClaim("province", user.province());
        }
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("could not sign a demo token", e);
        }
    }

    private static PrivateKey readKey(String location) {
        try {
            String pem;
            Path file = Path.of(location.replaceFirst("^file:", ""));
            if (!location.startsWith("classpath:") && Files.isRegularFile(file)) {
                pem = Files.readString(file, StandardCharsets.US_ASCII);
            } else {
                String resource = location.replaceFirst("^classpath:", "").replaceFirst("^/", "");
                try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("no demo sign-in key at " + location);
                    }
                    pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
                }
            }
            String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the demo sign-in key at " + location + " is not a PKCS#8 RSA key", e);
        }
    }
}
