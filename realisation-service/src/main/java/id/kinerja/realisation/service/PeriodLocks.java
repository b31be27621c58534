package id.kinerja.realisation.service;

import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which periods of a tenant are locked, and which agencies hold an unexpired reopen grant; loaded once
 * per request. An annual figure (no quarter) belongs to quarter 4.
 */
public final class PeriodLocks {

    private final Set<String> locked = new HashSet<>();
    private final Set<String> grants = new HashSet<>();

    @SuppressWarnings("unchecked")
    public static PeriodLocks load(EntityManager em, String tenant) {
        PeriodLocks locks = new PeriodLocks();
        for (Object[] r : (List<Object[]>) em.createNativeQuery(
                "SELECT year, quarter FROM period_lock WHERE tenant = :t AND locked").setParameter("t", tenant)
                .getResultList()) {
            locks.locked.add(r[0] + "Q" + r[1]);
        }
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                        SELECT agency_code, year, quarter FROM reopen_grant
                        WHERE tenant = :t AND expires_at > :now""")
                .setParameter("t", tenant).setParameter("now", java.sql.Timestamp.from(Instant.now()))
                .getResultList()) {
            locks.grants.add(r[0] + "|" + r[1] + "Q" + r[2]);
        }
        return locks;
    }

    public static int quarterOf(Integer quarter) {
        return quarter == null ? 4 : quarter;
    }

    /** Null when the agency may write into the period, else why not. */
    public String refusal(String agency, int year, Integer quarter) {
        String period = year + "Q" + quarterOf(quarter);
        if (!locked.contains(period) || grants.contains(agency + "|" + period)) {
            return null;
        }
        return "period " + period + " is locked; a correction needs a reopen grant for agency " + agency;
    }
}
