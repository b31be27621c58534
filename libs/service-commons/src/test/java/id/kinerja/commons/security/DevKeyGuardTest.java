package id.kinerja.commons.security;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15, item 8: the development key shipped in the jar must not be trusted by a production service. */
class DevKeyGuardTest {

    static final Optional<String> DEV = Optional.of("dev/jwt-public.pem");

    @Test
    void productionRefusesTheDevelopmentKeyWithAClearMessage() {
        assertThat(DevKeyGuard.refusal(true, false, DEV, Optional.empty()))
                .hasValueSatisfying(m -> assertThat(m).contains("development signing key")
                        .contains("KINERJA_ALLOW_DEV_KEY"));
        assertThat(DevKeyGuard.refusal(true, false, Optional.of("classpath:dev/jwt-public.pem"), Optional.empty()))
                .isPresent();
    }

    @Test
    void theSameKeyCopiedElsewhereIsRecognisedByItsContent() throws Exception {
        String pem = DevKeyGuard.read("dev/jwt-public.pem").orElseThrow();
        Path copy = Files.createTempFile("copied-key", ".pem");
        Files.writeString(copy, pem.replace("\n", "\r\n"));
        try {
            assertThat(DevKeyGuard.refusal(true, false, Optional.of(copy.toString()), Optional.empty())).isPresent();
            assertThat(DevKeyGuard.refusal(true, false, Optional.empty(), Optional.of(pem))).isPresent();
        } finally {
            Files.delete(copy);
        }
    }

    @Test
    void devAndTestProfilesTheLocalRunAndRealKeysAreAccepted() {
        assertThat(DevKeyGuard.refusal(false, false, DEV, Optional.empty())).isEmpty();
        assertThat(DevKeyGuard.refusal(true, true, DEV, Optional.empty())).isEmpty();
        assertThat(DevKeyGuard.refusal(true, false,
                Optional.of("https://sso.example.go.id/realms/kinerja/protocol/openid-connect/certs"), Optional.empty()))
                .isEmpty();
        assertThat(DevKeyGuard.refusal(true, false, Optional.of("/nonexistent/key.pem"), Optional.empty())).isEmpty();
    }
}
