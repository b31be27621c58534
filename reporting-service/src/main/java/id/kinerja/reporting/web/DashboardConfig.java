package id.kinerja.reporting.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** The people's dashboard served at {@code /} (docs/dashboard.md). */
@ConfigMapping(prefix = "kinerja.dashboard")
public interface DashboardConfig {

    Oidc oidc();

    /** The year a page opens with when the address names none (default: last year). */
    Optional<Integer> defaultYear();

    /**
     * The development private key (PEM, file or classpath) the local run's sign-in page signs demo tokens with.
     * Used only while the development public key is trusted in a local run or test ({@link DemoSignIn}).
     */
    Optional<String> demoSignInKey();

    /** Production sign-in: OIDC authorization code with PKCE, in the browser, against this issuer. */
    interface Oidc {
        /** The issuer URL (e.g. {@code https://sso.example.go.id/realms/kinerja}); absent: no OIDC sign-in. */
        Optional<String> issuer();

        /** A public client of that issuer with this dashboard's URL as redirect URI. */
        Optional<String> clientId();

        @WithDefault("openid profile")
        String scope();
    }
}
