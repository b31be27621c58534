package id.kinerja.localrun;

import id.kinerja.testsupport.DevTokens;
import id.kinerja.testsupport.DevTokens.Claims;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./dev-token.sh --role reporter --tenant kota-dumai --agency DISNAKER [--client sipd] [--name x]
 * [--province "Sumatera Utara"] [--hours 12] [--key file.pem]}: prints a token signed with the development key,
 * which only the local run and the tests trust, or with the given private key (docker compose generates its own).
 */
public final class DevTokenCli {

    private DevTokenCli() {
    }

    public static void main(String[] args) {
        String role = null;
        String tenant = null;
        String province = null;
        String client = null;
        String name = null;
        long hours = 12;
        String key = null;
        List<String> agencies = new ArrayList<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--role" -> role = args[i + 1];
                case "--tenant" -> tenant = args[i + 1];
                case "--agency" -> agencies.add(args[i + 1]);
                case "--province" -> province = args[i + 1];
                case "--client" -> client = args[i + 1];
                case "--name" -> name = args[i + 1];
                case "--hours" -> hours = Long.parseLong(args[i + 1]);
                case "--key" -> key = args[i + 1];
                default -> usage("unknown option " + args[i]);
            }
        }
        if (role == null || (tenant == null && province == null)) {
            usage("--role and --tenant (or --province for province-viewer) are required");
        }
        String subject = client != null ? client : name != null ? name : role + "@" + (tenant != null ? tenant : province);
        Claims claims = new Claims(subject, client != null, List.of(role), tenant, agencies, province,
                Duration.ofHours(hours));
        System.out.println(key == null ? DevTokens.mint(claims) : DevTokens.mint(claims, java.nio.file.Path.of(key)));
    }

    private static void usage(String problem) {
        System.err.println(problem + "\nusage: ./dev-token.sh --role admin|planner|reporter|verifier|viewer|"
                + "province-viewer --tenant <code>|* [--agency <code>]... [--province <name>] [--client <id>] "
                + "[--name <user>] [--hours <n>] [--key <PKCS#8 PEM private key, e.g. deploy/compose/keys/jwt-private.pem>]");
        System.exit(2);
    }
}
