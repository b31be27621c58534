package id.kinerja.realisation.evidence;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;

/** ClamAV when {@code kinerja.evidence.clamd.host} is set; otherwise files are admitted unscanned. */
@ApplicationScoped
public class Scanners {

    @ConfigProperty(name = "kinerja.evidence.clamd.host")
    Optional<String> host;
    @ConfigProperty(name = "kinerja.evidence.clamd.port", defaultValue = "3310")
    int port;
    @ConfigProperty(name = "kinerja.evidence.clamd.timeout", defaultValue = "10s")
    Duration timeout;

    @Produces
    @DefaultBean
    @ApplicationScoped
    EvidenceScanner scanner() {
        return host.<EvidenceScanner>map(h -> new ClamdScanner(h, port, timeout))
                .orElse(content -> EvidenceScanner.Verdict.CLEAN);
    }
}
