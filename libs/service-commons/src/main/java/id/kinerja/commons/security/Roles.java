package id.kinerja.commons.security;

import java.util.Set;

/**
 * The roles a token carries in its {@code groups} claim. {@code admin} with the tenant claim {@code *} is the
 * platform operator (creates tenants, runs replays).
 */
public final class Roles {

    /** Everything within its tenant (with tenant {@code *}: the platform). */
    public static final String ADMIN = "admin";
    /** Planning data of its tenant, or of the agencies it names. */
    public static final String PLANNER = "planner";
    /** Pushes realisations for its own agencies only (people and agency systems alike). */
    public static final String REPORTER = "reporter";
    /** Verifies and approves the realisations of the agencies it oversees (e.g. the inspectorate). */
    public static final String VERIFIER = "verifier";
    /** Reads its tenant (or its agencies). */
    public static final String VIEWER = "viewer";
    /** Reads the reporting figures of every pemda of its province. */
    public static final String PROVINCE_VIEWER = "province-viewer";

    public static final Set<String> ALL = Set.of(ADMIN, PLANNER, REPORTER, VERIFIER, VIEWER, PROVINCE_VIEWER);

    /** The tenant claim of platform-wide callers. */
    public static final String ANY_TENANT = "*";

    private Roles() {
    }
}
