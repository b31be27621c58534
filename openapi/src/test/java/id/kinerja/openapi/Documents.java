package id.kinerja.openapi;

import java.nio.file.Path;
import java.util.List;

/** The committed documents (openapi/*.yaml) and the previous release's (openapi/release/*.yaml). */
final class Documents {

    static final List<String> SERVICES = List.of("planning-service", "realisation-service", "reporting-service");
    /** the module's directory is openapi/ itself (surefire runs there) */
    static final Path DIR = Path.of("").toAbsolutePath();

    static Path current(String service) {
        return DIR.resolve(service + ".yaml");
    }

    static Path release(String service) {
        return DIR.resolve("release").resolve(service + ".yaml");
    }

    private Documents() {
    }
}
