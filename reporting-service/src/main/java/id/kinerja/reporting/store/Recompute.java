package id.kinerja.reporting.store;

import id.kinerja.events.EventEnvelope;
import id.kinerja.reporting.rollup.PemdaRollup;
import id.kinerja.reporting.snapshot.Tables;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * After a batch of events changed states: recompute only the agency-years the batch touched, store their new
 * figures versions, then update the roll-ups of their pemda-years, all in the batch's transaction (a reader
 * sees the states and the figures computed from them together). The table set is chosen by the caller: the
 * live tables, or a replay's shadow tables.
 */
@ApplicationScoped
public class Recompute {

    @Inject
    EntityManager em;
    @Inject
    AgencyYearWriter writer;
    @Inject
    PemdaRollup rollup;
    @Inject
    id.kinerja.reporting.monitoring.Monitoring monitoring;

    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(Tables tables, List<EventEnvelope> changed) {
        if (changed.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(c -> recompute(c, tables, changed));
    }

    void recompute(Connection c, Tables tables, List<EventEnvelope> changed) throws SQLException {
        Instant now = Instant.now();
        Map<TouchedAgencyYears.AgencyYear, List<String>> touched = TouchedAgencyYears.of(c, tables, changed);
        Set<String> pemdaYears = new TreeSet<>();
        for (Map.Entry<TouchedAgencyYears.AgencyYear, List<String>> t : touched.entrySet()) {
            TouchedAgencyYears.AgencyYear ay = t.getKey();
            if (writer.recompute(c, tables, ay.tenant(), ay.agency(), ay.year(), t.getValue(), now)) {
                pemdaYears.add(ay.tenant() + "\u0000" + ay.year());
            }
        }
        for (String pemdaYear : pemdaYears) {
            String[] parts = pemdaYear.split("\u0000");
            rollup.update(c, tables, parts[0], Integer.parseInt(parts[1]), now);
        }
        if (tables.equals(Tables.LIVE)) {
            monitoring.changed(c, changed); // in-year monitoring (docs/monitoring.md), live tables only
        }
        if (!touched.isEmpty()) {
            Log.debugf("recomputed %d agency-years, %d pemda-years", touched.size(), pemdaYears.size());
        }
    }

    /** Every agency-year with states (e.g. after a replay rebuilt the states into a table set). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void all(Tables tables, String tenant, List<String> agencies, int year) {
        em.unwrap(Session.class).doWork(c -> {
            Instant now = Instant.now();
            boolean any = false;
            for (String agency : agencies) {
                any |= writer.recompute(c, tables, tenant, agency, year, List.of(), now);
            }
            if (any) {
                rollup.update(c, tables, tenant, year, now);
            }
        });
    }
}
