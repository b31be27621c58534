package id.kinerja.reporting.live;

import id.kinerja.commons.security.Caller;
import id.kinerja.commons.security.TenantProvinces;

import java.util.List;
import java.util.function.Predicate;

/**
 * Which changes a subscriber may see: those of the tenant (or province) it asked for, and within it only the
 * agencies its token is limited to. The path was already checked by the access filter; this filters what is
 * sent, since one stream carries every agency's changes.
 */
public final class StreamScope {

    private StreamScope() {
    }

    public static Predicate<FigureChange> tenant(String tenant, Caller.Identity caller) {
        return change -> change.tenant().equals(tenant) && agencyAllowed(caller.agencies(), change);
    }

    public static Predicate<FigureChange> province(String province, Caller.Identity caller, TenantProvinces provinces) {
        return change -> provinces.provinceOf(change.tenant()).map(province::equals).orElse(false)
                && agencyAllowed(caller.agencies(), change);
    }

    private static boolean agencyAllowed(List<String> agencies, FigureChange change) {
        return agencies.isEmpty() || agencies.contains(change.agencyCode());
    }
}
