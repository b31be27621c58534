package id.kinerja.reporting.monitoring;

import id.kinerja.reporting.snapshot.Locks;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Deadlines pass without any event, so a scheduled check recomputes the monitoring figures of every tenant one of
 * whose deadlines (this year's or last year's) passed since the last check, on any pod one at a time (the last
 * check is kept in the database). The first check, or one after the clock went back, recomputes this year.
 */
@ApplicationScoped
public class DeadlineCheck {

    @Inject
    EntityManager em;
    @Inject
    Monitoring monitoring;
    @Inject
    Clock clock;

    @Scheduled(every = "${kinerja.monitoring.check-interval:60s}", delayed = "${kinerja.monitoring.check-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        if (monitoring.enabled) {
            run();
        }
    }

    /** Returns how many tenant-years were recomputed. */
    @Transactional
    public int run() {
        AtomicInteger recomputed = new AtomicInteger();
        em.unwrap(Session.class).doWork(c -> recomputed.set(check(c)));
        return recomputed.get();
    }

    private int check(Connection c) throws SQLException {
        Locks.lock(c, "monitoring/check");
        Instant now = clock.instant();
        Instant from = MonitoringStore.lastCheck(c).filter(last -> !last.isAfter(now)).orElse(null);
        int year = ReportingCalendar.dateOf(now).getYear();
        int n = 0;
        for (String tenant : MonitoringStore.tenants(c)) {
            ReportingCalendar calendar = new ReportingCalendar(MonitoringStore.calendar(c, tenant));
            for (int y = year - 1; y <= year; y++) {
                if (from == null ? y == year : passedBetween(calendar, y, from, now)
                        || y == year && dueBetween(MonitoringStore.openRecommendationsDue(c, tenant), from, now)) {
                    monitoring.recomputeTenant(c, tenant, y, now);
                    n++;
                }
            }
        }
        MonitoringStore.checked(c, now);
        return n;
    }

    /** A recommendation's due date ended since the last check: it is overdue now. */
    private static boolean dueBetween(List<LocalDate> dueDates, Instant from, Instant now) {
        return dueDates.stream().map(ReportingCalendar::endOf).anyMatch(end -> end.isAfter(from) && !end.isAfter(now));
    }

    private static boolean passedBetween(ReportingCalendar calendar, int year, Instant from, Instant now) {
        for (int q = 1; q <= 4; q++) {
            for (ReportingCalendar.Kind kind : ReportingCalendar.Kind.values()) {
                for (ReportingCalendar.Step step : ReportingCalendar.Step.values()) {
                    Instant end = ReportingCalendar.endOf(calendar.deadline(year, q, kind, step));
                    if (end.isAfter(from) && !end.isAfter(now)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

}
