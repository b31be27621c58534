package id.kinerja.localrun;

import id.kinerja.testsupport.DevTokens;
import id.kinerja.testsupport.DevTokens.Claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo users and agency systems of the local run, one token each (12 hours), written to
 * {@code local-run/target/demo-tokens.env} so that {@code source local-run/target/demo-tokens.env} gives
 * {@code $KINERJA_TOKEN_VIEWER} and friends. Signed with the development key.
 */
final class DemoTokens {

    private DemoTokens() {
    }

    static Map<String, Claims> users() {
        Map<String, Claims> users = new LinkedHashMap<>();
        users.put("OPERATOR", Claims.platformAdmin("operator"));
        users.put("ADMIN_DUMAI", Claims.person("admin-dumai", "admin", "kota-dumai"));
        users.put("PLANNER_DUMAI", Claims.person("bappeda-dumai", "planner", "kota-dumai"));
        users.put("REPORTER_DISNAKER_DUMAI", Claims.machine("sipd-disnaker-dumai", "kota-dumai", "DISNAKER"));
        users.put("VERIFIER_DUMAI", Claims.person("inspektorat-dumai", "verifier", "kota-dumai"));
        users.put("VIEWER_DUMAI", Claims.person("pembaca-dumai", "viewer", "kota-dumai"));
        users.put("PROVINCE_SUMUT", Claims.province("provinsi-sumut", "Sumatera Utara"));
        return users;
    }

    static Path write(Path file) {
        StringBuilder env = new StringBuilder("# Demo tokens of the local run (development key, 12 h). "
                + "Use: source " + file + "\n");
        users().forEach((name, claims) -> env.append("# ").append(describe(claims)).append('\n')
                .append("export KINERJA_TOKEN_").append(name).append('=').append(DevTokens.mint(claims)).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, env);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static String describe(Claims c) {
        return String.join(", ", List.of(c.subject() + (c.machine() ? " (agency system)" : ""),
                "roles " + c.roles(), "tenant " + (c.tenant() == null ? "-" : c.tenant()),
                "agencies " + (c.agencies().isEmpty() ? "all" : c.agencies()),
                "province " + (c.province() == null ? "-" : c.province())));
    }
}
