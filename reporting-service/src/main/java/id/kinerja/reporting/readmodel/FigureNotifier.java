package id.kinerja.reporting.readmodel;

import id.kinerja.commons.outbox.OutboxWriter;
import id.kinerja.events.EventCatalog;
import id.kinerja.events.EventEnvelope;
import id.kinerja.events.EventPeriod;
import id.kinerja.events.reporting.FiguresChangedPayload;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;

/**
 * Announces that an agency-year's figures changed on the {@code reporting.figures} topic (through the outbox,
 * in the projection's transaction). Server-sent-event subscribers are fed from that topic on every pod
 * ({@code live.FiguresFeed}), not from here, so a change applied by one pod reaches subscribers of all of them.
 * Also measures freshness: event time to the change being committed here.
 */
// created at start, so its meters read 0 on dashboards before the first event instead of "no data"
@Startup
@ApplicationScoped
public class FigureNotifier {

    @Inject
    OutboxWriter outbox;
    @Inject
    MeterRegistry registry;
    @Inject
    Event<Announced> announced;

    /** A change of the projection's transaction, measured once committed. */
    public record Announced(String tenant, FiguresChangedPayload change) {
    }

    private Timer freshness;

    @PostConstruct
    void meters() {
        freshness = Timer.builder("kinerja.figures.freshness")
                .description("event time to the changed figure being visible in reporting-service")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(registry);
    }

    /** Set while a replay rebuilds the read models: nothing new happened, so nothing is announced. */
    public static final ThreadLocal<Boolean> REPLAYING = ThreadLocal.withInitial(() -> false);

    /** An agency-year whose figures an event changed. */
    public record Change(EventEnvelope cause, String agency, int year) {
    }

    /** Announces many changes with one JDBC batch on the projection's connection. */
    void changedAll(java.sql.Connection connection, java.util.List<Change> changes) throws java.sql.SQLException {
        if (REPLAYING.get() || changes.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        java.util.Map<String, Long> versions = currentVersions(connection, changes);
        java.util.List<EventEnvelope> envelopes = new java.util.ArrayList<>(changes.size());
        for (Change c : changes) {
            FiguresChangedPayload change = payload(c.cause(), c.agency(), c.year(), now);
            envelopes.add(envelope(c.cause(), change,
                    versions.getOrDefault(c.cause().tenant() + "/" + c.agency() + "/" + c.year(), 0L)));
            announced.fire(new Announced(c.cause().tenant(), change));
        }
        outbox.appendBatch(connection, envelopes);
        outbox.appended(envelopes.size());
    }

    private static FiguresChangedPayload payload(EventEnvelope cause, String agency, int year, Instant now) {
        return new FiguresChangedPayload(agency, year, cause.type(), cause.aggregateId(), cause.aggregateVersion(),
                cause.occurredAt(), now);
    }

    /**
     * The envelope's version is the agency-year's figures version now in force (just stored by the recompute in
     * this transaction; 0 while the agency-year has no figures), so subscribers can tell which version to read.
     */
    private static EventEnvelope envelope(EventEnvelope cause, FiguresChangedPayload change, long figuresVersion) {
        return EventEnvelope.of(EventCatalog.FIGURES_CHANGED, cause.tenant(), change.agencyCode() + "/" + change.year(),
                figuresVersion, EventPeriod.year(change.year()), change);
    }

    /** The current figures version of every changed agency-year, with one query. */
    private static java.util.Map<String, Long> currentVersions(java.sql.Connection connection, java.util.List<Change> changes)
            throws java.sql.SQLException {
        java.util.Map<String, Long> versions = new java.util.HashMap<>();
        try (java.sql.PreparedStatement query = connection.prepareStatement("""
                SELECT tenant, agency, year, version FROM figure_version WHERE superseded_at IS NULL
                AND (tenant, agency, year) IN (SELECT * FROM unnest(?, ?, ?))""")) {
            query.setArray(1, connection.createArrayOf("varchar", changes.stream().map(c -> c.cause().tenant()).toArray()));
            query.setArray(2, connection.createArrayOf("varchar", changes.stream().map(Change::agency).toArray()));
            query.setArray(3, connection.createArrayOf("int4", changes.stream().map(Change::year).toArray()));
            try (java.sql.ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    versions.put(rows.getString(1) + "/" + rows.getString(2) + "/" + rows.getInt(3), rows.getLong(4));
                }
            }
        }
        return versions;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Announced event) {
        freshness.record(Duration.between(event.change().causeOccurredAt(), Instant.now()).abs());
    }
}
