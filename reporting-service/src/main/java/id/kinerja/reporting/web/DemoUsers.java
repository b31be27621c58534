package id.kinerja.reporting.web;

import java.util.List;

/**
 * The demo users the local run's sign-in page offers: the people of the launcher's
 * {@code local-run/target/demo-tokens.env} (local-run DemoTokens) without the agency system, which is no person,
 * plus a reader limited to one agency.
 */
final class DemoUsers {

    record DemoUser(String id, String name, String description, String role, String tenant, List<String> agencies,
                    String province) {
    }

    static final List<DemoUser> ALL = List.of(
            new DemoUser("OPERATOR", "operator", "Operator platform: semua pemda dan provinsi", "admin", "*", List.of(), null),
            new DemoUser("PROVINCE_SUMUT", "provinsi-sumut", "Pembaca provinsi Sumatera Utara", "province-viewer", null,
                    List.of(), "Sumatera Utara"),
            new DemoUser("VIEWER_DUMAI", "pembaca-dumai", "Pembaca Kota Dumai", "viewer", "kota-dumai", List.of(), null),
            new DemoUser("VERIFIER_DUMAI", "inspektorat-dumai", "Verifikator (Inspektorat) Kota Dumai", "verifier",
                    "kota-dumai", List.of(), null),
            new DemoUser("PLANNER_DUMAI", "bappeda-dumai", "Perencana (Bappeda) Kota Dumai", "planner", "kota-dumai",
                    List.of(), null),
            new DemoUser("ADMIN_DUMAI", "admin-dumai", "Admin Kota Dumai", "admin", "kota-dumai", List.of(), null),
            new DemoUser("VIEWER_DISNAKER_DUMAI", "pembaca-disnaker", "Pembaca Disnaker Kota Dumai saja", "viewer",
                    "kota-dumai", List.of("DISNAKER"), null));

    private DemoUsers() {
    }

    static java.util.Optional<DemoUser> byId(String id) {
        return ALL.stream().filter(u -> u.id().equals(id)).findFirst();
    }
}
