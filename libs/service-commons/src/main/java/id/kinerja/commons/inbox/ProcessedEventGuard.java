package id.kinerja.commons.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * Makes a consumer idempotent: records the event id in the same transaction as the projection, so a
 * redelivered event is recognised and skipped, and a failed projection leaves no record behind.
 */
@ApplicationScoped
public class ProcessedEventGuard {

    @Inject
    EntityManager em;

    /** True the first time this consumer sees the event id (and records it), false on redelivery. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, UUID eventId) {
        return em.createNativeQuery("""
                        INSERT INTO processed_event (consumer, event_id) VALUES (:consumer, :id)
                        ON CONFLICT DO NOTHING""")
                .setParameter("consumer", consumer)
                .setParameter("id", eventId)
                .executeUpdate() == 1;
    }

    /** Records many event ids with one statement; returns those seen for the first time. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public java.util.Set<UUID> firstDeliveries(String consumer, java.util.List<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return new java.util.HashSet<>();
        }
        java.util.Set<UUID> first = new java.util.HashSet<>();
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (java.sql.PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO processed_event (consumer, event_id) SELECT ?, unnest(?)
                    ON CONFLICT DO NOTHING RETURNING event_id""")) {
                insert.setString(1, consumer);
                insert.setArray(2, connection.createArrayOf("uuid", eventIds.toArray()));
                try (java.sql.ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        first.add(rows.getObject(1, UUID.class));
                    }
                }
            }
        });
        return first;
    }

    /** Forgets what a consumer processed, before a replay rebuilds its read models. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forget(String consumer) {
        return em.createNativeQuery("DELETE FROM processed_event WHERE consumer = :consumer")
                .setParameter("consumer", consumer)
                .executeUpdate();
    }
}
