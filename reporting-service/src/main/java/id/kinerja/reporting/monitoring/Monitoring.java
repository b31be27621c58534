package id.kinerja.reporting.monitoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.commons.outbox.OutboxWriter;
import id.kinerja.events.EventCatalog;
import id.kinerja.events.EventEnvelope;
import id.kinerja.events.EventPeriod;
import id.kinerja.events.monitoring.DeadlineMissedPayload;
import id.kinerja.reporting.snapshot.AgencyYearSnapshot;
import id.kinerja.reporting.snapshot.Locks;
import id.kinerja.reporting.snapshot.SnapshotLoader;
import id.kinerja.reporting.snapshot.StateYear;
import id.kinerja.reporting.snapshot.Tables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps the stored monitoring figures current: after a batch of changed states (in the batch's transaction) and
 * when the deadline check finds that a deadline passed. Each agency-year is recomputed under its lock and stored
 * as a new version only when its document changed; its pemda roll-up follows. A submission deadline that passed
 * with data missing emits one {@code monitoring.deadline-missed} event per agency-quarter-kind (through the
 * outbox), if it passed within the alert window (older ones, e.g. of a year loaded afterwards, are not news).
 */
@ApplicationScoped
public class Monitoring {

    static final String AGENCY_SQL = "SELECT document FROM monitoring_agency WHERE tenant = ? AND year = ? "
            + "AND superseded_at IS NULL ORDER BY agency";

    @Inject
    SnapshotLoader loader;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;
    @Inject
    OutboxWriter outbox;
    @ConfigProperty(name = "kinerja.monitoring.alert-window", defaultValue = "45d")
    Duration alertWindow;
    @ConfigProperty(name = "kinerja.monitoring.enabled", defaultValue = "true")
    boolean enabled;

    private record AgencyYear(String tenant, String agency, int year) {
    }

    /** After changed states: the agency-years they belong to; a calendar or rules change: the tenant's agencies. */
    public void changed(Connection c, List<EventEnvelope> changed) throws SQLException {
        if (!enabled) {
            return;
        }
        MonitoringStore.steps(c, changed);
        Instant now = clock.instant();
        Set<String> touched = new TreeSet<>();
        Set<String> tenants = new TreeSet<>();
        for (EventEnvelope e : changed) {
            String agency = e.payload().path("agencyCode").asText(null);
            Integer year = StateYear.of(e);
            if (e.type().equals(EventCatalog.CALENDAR_UPSERTED.name()) || e.type().equals(EventCatalog.RULES_UPSERTED.name())) {
                tenants.add(e.tenant());
            } else if (agency != null && year != null) {
                touched.add(e.tenant() + "\u0000" + agency + "\u0000" + year);
                if (year < ReportingCalendar.dateOf(now).getYear()) {
                    // an earlier year's path is the range of this year's projections
                    touched.add(e.tenant() + "\u0000" + agency + "\u0000" + ReportingCalendar.dateOf(now).getYear());
                }
            } else if (agency != null) {
                // a Renstra or indicator (no year of its own): the year under way
                touched.add(e.tenant() + "\u0000" + agency + "\u0000" + ReportingCalendar.dateOf(now).getYear());
            }
        }
        Set<String> pemdaYears = new TreeSet<>();
        for (String t : touched) {
            String[] p = t.split("\u0000");
            if (recompute(c, p[0], p[1], Integer.parseInt(p[2]), now)) {
                pemdaYears.add(p[0] + "\u0000" + p[2]);
            }
        }
        for (String tenant : tenants) {
            recomputeTenant(c, tenant, ReportingCalendar.dateOf(now).getYear(), now);
        }
        for (String py : pemdaYears) {
            String[] p = py.split("\u0000");
            rollup(c, p[0], Integer.parseInt(p[1]), now);
        }
    }

    /** Every agency of the tenant for the year, then the pemda roll-up. */
    public void recomputeTenant(Connection c, String tenant, int year, Instant now) throws SQLException {
        for (String agency : MonitoringStore.agencies(c, tenant)) {
            recompute(c, tenant, agency, year, now);
        }
        rollup(c, tenant, year, now);
    }

    /** True when a new version was stored. */
    boolean recompute(Connection c, String tenant, String agency, int year, Instant now) throws SQLException {
        Locks.lock(c, "monitoring/" + tenant + "/" + agency + "/" + year);
        AgencyYearSnapshot snapshot = loader.load(Tables.LIVE, tenant, agency, year);
        if (snapshot.renstra() == null) {
            return false;
        }
        MonitoringInputs inputs = new MonitoringInputs(snapshot, MonitoringStore.calendar(c, tenant),
                MonitoringStore.steps(c, tenant, agency, year), MonitoringStore.earlierSpending(c, tenant, agency, year));
        AgencyMonitoring monitoring = MonitoringCalculator.of(inputs, now);
        alerts(c, monitoring, now);
        return MonitoringStore.write(c, "monitoring_agency", List.of("tenant", "agency", "year"),
                List.of(tenant, agency, year), write(monitoring), now);
    }

    void rollup(Connection c, String tenant, int year, Instant now) throws SQLException {
        Locks.lock(c, "monitoring/pemda/" + tenant + "/" + year);
        List<AgencyMonitoring> agencies = new ArrayList<>();
        for (String doc : MonitoringStore.current(c, AGENCY_SQL, tenant, year)) {
            agencies.add(read(doc, AgencyMonitoring.class));
        }
        if (agencies.isEmpty()) {
            return;
        }
        MonitoringStore.write(c, "monitoring_pemda", List.of("tenant", "year"), List.of(tenant, year),
                write(MonitoringRollup.pemda(tenant, year, agencies)), now);
    }

    private void alerts(Connection c, AgencyMonitoring m, Instant now) throws SQLException {
        List<EventEnvelope> events = new ArrayList<>();
        for (Compliance.QuarterStatus q : m.compliance()) {
            for (Compliance.KindStatus k : List.of(q.indicator(), q.budget())) {
                Compliance.StepStatus submission = k.steps().get(0);
                boolean missing = k.status().equals("MISSING") || k.status().equals("PARTIAL");
                boolean recent = !now.isAfter(ReportingCalendar.endOf(submission.deadline()).plus(alertWindow));
                if (missing && recent && MonitoringStore.alert(c, m.tenant(), m.agency(), m.year(), q.quarter(),
                        k.kind(), submission.deadline(), now)) {
                    events.add(EventEnvelope.of(EventCatalog.DEADLINE_MISSED, m.tenant(), m.agency() + "/" + m.year()
                                    + "/Q" + q.quarter() + "/" + k.kind(), 1, EventPeriod.quarter(m.year(), q.quarter()),
                            new DeadlineMissedPayload(m.agency(), m.year(), q.quarter(), k.kind(), submission.deadline(),
                                    k.missing(), now)));
                }
            }
        }
        if (!events.isEmpty()) {
            outbox.appendBatch(c, events);
            outbox.appended(events.size());
        }
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("monitoring figures not serialisable", e);
        }
    }

    <T> T read(String doc, Class<T> type) {
        try {
            return json.readValue(doc, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored monitoring figures unreadable", e);
        }
    }
}
