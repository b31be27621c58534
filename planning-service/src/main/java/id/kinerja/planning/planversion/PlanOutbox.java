package id.kinerja.planning.planversion;

import id.kinerja.commons.outbox.OutboxWriter;
import id.kinerja.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outbox of planning events: each event is stamped with the next plan version of its tenant in the
 * transaction that appends it, so every planning event carries one (a write that bypassed this would leave
 * realisation-service unable to tell when it has caught up with a version).
 */
@ApplicationScoped
public class PlanOutbox {

    @Inject
    OutboxWriter writer;
    @Inject
    PlanVersions versions;
    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(EventEnvelope envelope) {
        writer.append(envelope.withPlanVersion(versions.reserve(envelope.tenant(), 1)));
    }

    /** Many events as one JDBC batch on the transaction's connection (plan imports), numbered in list order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendBatch(List<EventEnvelope> envelopes) {
        if (envelopes.isEmpty()) {
            return;
        }
        List<EventEnvelope> stamped = stamp(envelopes);
        em.unwrap(Session.class).doWork(connection -> writer.appendBatch(connection, stamped));
        writer.appended(stamped.size());
    }

    private List<EventEnvelope> stamp(List<EventEnvelope> envelopes) {
        Map<String, Integer> perTenant = new LinkedHashMap<>();
        envelopes.forEach(e -> perTenant.merge(e.tenant(), 1, Integer::sum));
        Map<String, Long> next = new LinkedHashMap<>();
        perTenant.forEach((tenant, count) -> next.put(tenant, versions.reserve(tenant, count) - count + 1));
        List<EventEnvelope> stamped = new ArrayList<>(envelopes.size());
        for (EventEnvelope e : envelopes) {
            long version = next.merge(e.tenant(), 1L, Long::sum) - 1;
            stamped.add(e.withPlanVersion(version));
        }
        return stamped;
    }
}
