package id.kinerja.openapi;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spectral's OpenAPI ruleset (plus ours: operationId, summary and tags on every operation; .spectral.yaml) runs
 * clean on the committed documents. Spectral is the common linter of OpenAPI; it comes from the npm registry,
 * pinned by lint/package-lock.json, installed on first use and offline after that (docs/integrators.md).
 */
class SpectralLintTest {

    @Test
    void committedDocumentsLintClean() throws IOException, InterruptedException {
        Process lint = new ProcessBuilder("bash", "lint/spectral.sh").directory(Documents.DIR.toFile())
                .redirectErrorStream(true).start();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(lint.exitValue()).as("openapi/lint/spectral.sh:%n%s", output).isZero();
    }
}
