package id.kinerja.reporting.web;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo sign-in exists only where the development key is trusted anyway and a throw-away run allows it. */
class DemoSignInTest {

    static final Optional<String> KEY = Optional.of("/tmp/dev-signin-key.pem");

    @Test
    void aProductionStartWithoutTheLocalRunsPermissionHasNoDemoSignIn() {
        assertThat(DemoSignIn.enabled(true, false, true, KEY)).isFalse();
    }

    @Test
    void aProductionStartWithARealIdentityProviderHasNoDemoSignInEvenWhenAllowed() {
        assertThat(DemoSignIn.enabled(true, true, false, KEY)).isFalse();
    }

    @Test
    void withoutASigningKeyThereIsNoDemoSignIn() {
        assertThat(DemoSignIn.enabled(false, true, true, Optional.empty())).isFalse();
    }

    @Test
    void theLocalRunAndTheTestsHaveIt() {
        assertThat(DemoSignIn.enabled(true, true, true, KEY)).isTrue();
        assertThat(DemoSignIn.enabled(false, false, true, KEY)).isTrue();
    }

    @Test
    void theDashboardsPolicyAllowsOnlyItsOwnOriginAndTheIssuer() {
        assertThat(DashboardHeaders.policy(null)).contains("script-src 'self'", "connect-src 'self';")
                .doesNotContain("unsafe");
        assertThat(DashboardHeaders.policy(DashboardHeaders.origin("https://sso.example.go.id/realms/kinerja")))
                .contains("connect-src 'self' https://sso.example.go.id;");
    }
}
