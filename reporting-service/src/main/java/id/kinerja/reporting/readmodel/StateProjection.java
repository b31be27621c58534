package id.kinerja.reporting.readmodel;

import id.kinerja.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import id.kinerja.reporting.snapshot.StateYear;
import id.kinerja.reporting.snapshot.Tables;
import id.kinerja.reporting.store.Recompute;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the latest state of each aggregate (events carry full state): "upsert if newer" by aggregate
 * version, so redelivered, late or replayed events never overwrite newer data.
 */
@ApplicationScoped
public class StateProjection {

    @Inject
    EntityManager em;
    @Inject
    FigureNotifier figures;
    @Inject
    Recompute recompute;

    /** One event: the batch path with a batch of one, so both paths cannot drift apart. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event) {
        applyAll(List.of(event));
    }

    private static final String HISTORY = """
            INSERT INTO %s (tenant, aggregate_id, version, agency_code, year, payload, approved_at)
            VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), ?) ON CONFLICT DO NOTHING""";

    /** Approved realisation states are kept by version, for the late-correction check. */
    private static boolean approved(EventEnvelope event) {
        return event.type().equals("realisation.upserted") && "APPROVED".equals(event.payload().path("status").asText());
    }

    private static void history(PreparedStatement insert, EventEnvelope event, Integer year) throws java.sql.SQLException {
        insert.setString(1, event.tenant());
        insert.setString(2, event.aggregateId());
        insert.setLong(3, event.aggregateVersion());
        insert.setString(4, event.payload().path("agencyCode").asText(null));
        insert.setObject(5, year, Types.INTEGER);
        insert.setString(6, event.payload().toString());
        insert.setTimestamp(7, Timestamp.from(event.occurredAt()));
    }

    /**
     * The same "upsert if newer" for many events with one JDBC batch (a consumer poll, a replay batch); the
     * figures of every agency-year whose state changed are announced together.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyAll(List<EventEnvelope> events) {
        applyAll(Tables.LIVE, events);
    }

    /** The same into another table set (a rebuild into shadow tables): states, approvals and figures. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyAll(Tables tables, List<EventEnvelope> events) {
        if (events.isEmpty()) {
            return;
        }
        List<FigureNotifier.Change> changes = new ArrayList<>();
        List<EventEnvelope> changed = new ArrayList<>();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO %s (tenant, aggregate_type, aggregate_id, agency_code, year, version, event_id,
                                            payload, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?)
                    ON CONFLICT (tenant, aggregate_type, aggregate_id) DO UPDATE SET agency_code = EXCLUDED.agency_code,
                        year = EXCLUDED.year, version = EXCLUDED.version, event_id = EXCLUDED.event_id,
                        payload = EXCLUDED.payload, updated_at = EXCLUDED.updated_at
                    WHERE %s.version < EXCLUDED.version""".formatted(tables.stateView(), tables.stateView()))) {
                for (EventEnvelope event : events) {
                    var payload = event.payload();
                    Integer year = yearOf(event);
                    upsert.setString(1, event.tenant());
                    upsert.setString(2, event.aggregateType());
                    upsert.setString(3, event.aggregateId());
                    upsert.setString(4, payload.hasNonNull("agencyCode") ? payload.get("agencyCode").asText() : null);
                    upsert.setObject(5, year, Types.INTEGER);
                    upsert.setLong(6, event.aggregateVersion());
                    upsert.setObject(7, event.eventId());
                    upsert.setString(8, payload.toString());
                    upsert.setTimestamp(9, Timestamp.from(event.occurredAt()));
                    upsert.addBatch();
                }
                int[] counts = upsert.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    EventEnvelope event = events.get(i);
                    var payload = event.payload();
                    Integer year = yearOf(event);
                    if (counts[i] == 1) {
                        changed.add(event);
                    }
                    if (counts[i] == 1 && payload.hasNonNull("agencyCode") && year != null) {
                        changes.add(new FigureNotifier.Change(event, payload.get("agencyCode").asText(), year));
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(HISTORY.formatted(tables.approvedHistory()))) {
                int n = 0;
                for (EventEnvelope event : events) {
                    if (approved(event)) {
                        history(insert, event, yearOf(event));
                        insert.addBatch();
                        n++;
                    }
                }
                if (n > 0) {
                    insert.executeBatch();
                }
            }
            // the touched agency-years' figures are stored (from the states and approvals above) before the change
            // is announced, in the same transaction
            // a replay rebuilds states only; it recomputes every agency-year once the rebuilt states are swapped in
            if (!FigureNotifier.REPLAYING.get()) {
                recompute.changed(tables, changed);
            }
            figures.changedAll(connection, changes);
        });
    }

    static Integer yearOf(EventEnvelope event) {
        return StateYear.of(event);
    }
}
