package id.kinerja.realisation.service;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.TreeSet;

/**
 * Serialises the writers of one agency-year, so no write path (single PUT, bulk, workflow) reads a record
 * another transaction is about to change: a correction and a SUBMIT of the same quarter, or two PUTs of one
 * budget line, run one after the other, and each reads what the previous one committed. Period lock and
 * reopen changes take the tenant's period lock exclusively, writers take it shared (before reading the
 * locks), so a write never lands in a period locked while it ran.
 *
 * <p>PostgreSQL transaction-scoped advisory locks: released at commit or rollback, taken in sorted order
 * within a call. A hash collision only serialises two unrelated agency-years.
 */
public final class WriteLocks {

    private WriteLocks() {
    }

    /** Shared: any number of writers at once, but not while a period is being locked or reopened. */
    public static void periodsShared(EntityManager em, String tenant) {
        em.unwrap(Session.class).doWork(c -> take(c, "pg_advisory_xact_lock_shared", "periods|" + tenant));
    }

    /** Exclusive: waits for the writers in flight, and later writers wait for this change. */
    public static void periodsExclusive(EntityManager em, String tenant) {
        em.unwrap(Session.class).doWork(c -> take(c, "pg_advisory_xact_lock", "periods|" + tenant));
    }

    public static void agencyYear(EntityManager em, String tenant, String agency, int year) {
        em.unwrap(Session.class).doWork(c -> agencyYears(c, tenant, java.util.List.of(agency + "|" + year)));
    }

    /** {@code agencyYears}: {@code agency|year} strings. */
    public static void agencyYears(Connection c, String tenant, Collection<String> agencyYears) throws SQLException {
        for (String agencyYear : new TreeSet<>(agencyYears)) {
            take(c, "pg_advisory_xact_lock", "agency-year|" + tenant + "|" + agencyYear);
        }
    }

    public static String agencyYear(String agency, int year) {
        return agency + "|" + year;
    }

    private static void take(Connection c, String function, String key) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("SELECT " + function + "(hashtextextended(?, 0))")) {
            lock.setString(1, key);
            lock.execute();
        }
    }
}
