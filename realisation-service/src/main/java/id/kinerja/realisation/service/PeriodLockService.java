package id.kinerja.realisation.service;

import id.kinerja.commons.outbox.OutboxWriter;
import id.kinerja.commons.problem.ProblemException;
import id.kinerja.events.EventCatalog;
import id.kinerja.events.EventEnvelope;
import id.kinerja.events.EventPeriod;
import id.kinerja.events.realisation.PeriodLockPayload;
import id.kinerja.events.realisation.PeriodReopenPayload;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Locks a period after the report is signed; a correction then needs a time-limited reopen grant. */
@ApplicationScoped
public class PeriodLockService {

    @Inject
    EntityManager em;
    @Inject
    OutboxWriter outbox;

    @Transactional
    public PeriodLockPayload setLocked(String tenant, int year, int quarter, boolean locked, String reason, String actor) {
        WriteLocks.periodsExclusive(em, tenant); // waits for the writes in flight, which checked the old state
        Number version = (Number) em.createNativeQuery("""
                        INSERT INTO period_lock (tenant, year, quarter, locked, reason, actor, at, version)
                        VALUES (:t, :y, :q, :locked, :reason, :actor, :at, 1)
                        ON CONFLICT (tenant, year, quarter) DO UPDATE SET locked = EXCLUDED.locked,
                            reason = EXCLUDED.reason, actor = EXCLUDED.actor, at = EXCLUDED.at,
                            version = period_lock.version + 1
                        RETURNING version""")
                .setParameter("t", tenant).setParameter("y", year).setParameter("q", (short) quarter)
                .setParameter("locked", locked).setParameter("reason", reason).setParameter("actor", actor)
                .setParameter("at", Timestamp.from(Instant.now()))
                .getSingleResult();
        PeriodLockPayload payload = new PeriodLockPayload(year, quarter, locked, reason, actor);
        outbox.append(EventEnvelope.of(EventCatalog.PERIOD_LOCK_CHANGED, tenant, year + "Q" + quarter,
                version.longValue(), EventPeriod.quarter(year, quarter), payload));
        return payload;
    }

    @Transactional
    public Instant grantReopen(String tenant, String agency, int year, int quarter, String reason, Duration validFor,
                               String actor) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.badRequest("reason", "a reopen needs a reason");
        }
        WriteLocks.periodsExclusive(em, tenant);
        Instant expires = Instant.now().plus(validFor);
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                        INSERT INTO reopen_grant (id, tenant, agency_code, year, quarter, reason, actor, granted_at, expires_at)
                        VALUES (:id, :t, :a, :y, :q, :reason, :actor, :now, :expires)""")
                .setParameter("id", id).setParameter("t", tenant).setParameter("a", agency)
                .setParameter("y", year).setParameter("q", (short) quarter).setParameter("reason", reason)
                .setParameter("actor", actor).setParameter("now", Timestamp.from(Instant.now()))
                .setParameter("expires", Timestamp.from(expires))
                .executeUpdate();
        outbox.append(EventEnvelope.of(EventCatalog.PERIOD_REOPENED, tenant, agency + "/" + year + "Q" + quarter + "/" + id,
                1, EventPeriod.quarter(year, quarter),
                new PeriodReopenPayload(agency, year, quarter, reason, actor, expires)));
        return expires;
    }
}
