package id.kinerja.commons.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Refuses to start a production service that trusts the development signing key: its private half is in the
 * repository, so anyone could mint an admin token. Dev and test profiles may use it; so may the local run and
 * the benchmarks, which set {@code KINERJA_ALLOW_DEV_KEY=true} for their child processes on purpose.
 */
@ApplicationScoped
public class DevKeyGuard {

    static final String DEV_KEY = "dev/jwt-public.pem";

    void check(@Observes StartupEvent event, Config config) {
        refusal(LaunchMode.current() == LaunchMode.NORMAL,
                config.getOptionalValue("kinerja.allow-dev-key", Boolean.class).orElse(false),
                config.getOptionalValue("mp.jwt.verify.publickey.location", String.class),
                config.getOptionalValue("mp.jwt.verify.publickey", String.class))
                .ifPresent(message -> {
                    throw new IllegalStateException(message);
                });
    }

    /** Why a service must not start with this key configuration, if it must not. */
    public static Optional<String> refusal(boolean production, boolean allowed, Optional<String> location,
                                           Optional<String> inline) {
        if (!production || allowed) {
            return Optional.empty();
        }
        if (inline.map(DevKeyGuard::isDevKey).orElse(false)
                || location.map(l -> isDevKey(read(l).orElse(""))).orElse(false)) {
            return Optional.of("JWT_PUBLIC_KEY_LOCATION names the development signing key (" + DEV_KEY
                    + "), whose private key is public in the repository; refusing to start in the production"
                    + " profile. Point JWT_PUBLIC_KEY_LOCATION at your identity provider's key or JWKS URL (for"
                    + " docker compose, the jwt-keys service generates one), or set KINERJA_ALLOW_DEV_KEY=true"
                    + " for a throw-away local run only.");
        }
        return Optional.empty();
    }

    /** Same key material as the bundled development key, whatever the file's line breaks. */
    static boolean isDevKey(String pem) {
        String dev = read(DEV_KEY).map(DevKeyGuard::material).orElse(null);
        return dev != null && !dev.isEmpty() && dev.equals(material(pem));
    }

    private static String material(String pem) {
        return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }

    /** A classpath resource or a file; remote key sets (https) are never the bundled key. */
    static Optional<String> read(String location) {
        if (location.startsWith("http://") || location.startsWith("https://")) {
            return Optional.empty();
        }
        String path = location.startsWith("classpath:") ? location.substring("classpath:".length())
                : location.startsWith("file:") ? location.substring("file:".length()) : location;
        try {
            Path file = Path.of(path);
            if (!location.startsWith("classpath:") && Files.isRegularFile(file)) {
                return Optional.of(Files.readString(file, StandardCharsets.US_ASCII));
            }
            String resource = path.startsWith("/") ? path.substring(1) : path;
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JWT public key at " + location, e);
        } catch (RuntimeException invalidPath) {
            return Optional.empty();
        }
    }
}
