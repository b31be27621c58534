package id.kinerja.planning.calendar;

import id.kinerja.planning.planversion.PlanOutbox;
import id.kinerja.commons.problem.Problem;
import id.kinerja.commons.problem.ProblemException;
import id.kinerja.events.EventCatalog;
import id.kinerja.events.EventEnvelope;
import id.kinerja.events.planning.ReportingCalendarPayload;
import id.kinerja.planning.domain.Tenant;
import id.kinerja.planning.service.Change;
import id.kinerja.planning.service.OrganisationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Reporting calendars: a province sets the default of its pemda, a tenant may set its own. Every change is a
 * new version; the calendar in force for each affected tenant is resolved here and published as its
 * {@code reporting-calendar.upserted} event, so consumers never resolve defaults themselves.
 */
@ApplicationScoped
public class CalendarService {

    @Inject
    OrganisationService organisation;
    @Inject
    PlanOutbox outbox;
    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public Change putTenant(String tenant, CalendarInput in) {
        organisation.tenant(tenant);
        Change change = put(ReportingCalendar.TENANT, tenant, in);
        if (change != Change.UNCHANGED) {
            publish(tenant);
        }
        return change;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Change putProvince(String province, CalendarInput in) {
        Change change = put(ReportingCalendar.PROVINCE, province, in);
        if (change != Change.UNCHANGED) {
            for (Tenant t : Tenant.<Tenant>list("province = ?1 order by code", province)) {
                if (ReportingCalendar.latest(ReportingCalendar.TENANT, t.code).isEmpty()) {
                    publish(t.code);
                }
            }
        }
        return change;
    }

    /** A new pemda, or one that moved to another province, without a calendar of its own follows the default. */
    void tenantChanged(@jakarta.enterprise.event.Observes Tenant t) {
        if (t.province != null && ReportingCalendar.latest(ReportingCalendar.TENANT, t.code).isEmpty()
                && ReportingCalendar.latest(ReportingCalendar.PROVINCE, t.province).isPresent()) {
            publish(t.code);
        }
    }

    /** The calendar in force for a tenant: its own, else its province's default, else the platform default. */
    public ReportingCalendarPayload inForce(String tenant) {
        Tenant t = organisation.tenant(tenant);
        return ReportingCalendar.latest(ReportingCalendar.TENANT, tenant)
                .or(() -> t.province == null ? java.util.Optional.empty()
                        : ReportingCalendar.latest(ReportingCalendar.PROVINCE, t.province))
                .map(c -> payload(c, t.province))
                .orElseGet(() -> ReportingCalendarPayload.platformDefault(t.province));
    }

    /** The province's default (the platform default while it has set none). */
    public ReportingCalendarPayload provinceDefault(String province) {
        return ReportingCalendar.latest(ReportingCalendar.PROVINCE, province).map(c -> payload(c, province))
                .orElseGet(() -> ReportingCalendarPayload.platformDefault(province));
    }

    public List<ReportingCalendarPayload> history(String scopeType, String scope, String province) {
        return ReportingCalendar.history(scopeType, scope).stream().map(c -> payload(c, province)).toList();
    }

    private Change put(String scopeType, String scope, CalendarInput in) {
        check(in);
        ReportingCalendarPayload.Deadlines indicator = in.indicator().toEvent();
        ReportingCalendarPayload.Deadlines budget = in.budget() == null ? ReportingCalendarPayload.DEFAULT_DEADLINES
                : in.budget().toEvent();
        ReportingCalendarPayload.Thresholds thresholds = in.thresholds() == null
                ? ReportingCalendarPayload.DEFAULT_THRESHOLDS : in.thresholds().toEvent();
        ReportingCalendar latest = ReportingCalendar.latest(scopeType, scope).orElse(null);
        if (latest != null && latest.indicator.equals(indicator) && latest.budget.equals(budget)
                && latest.thresholds.equals(thresholds) && Objects.equals(latest.note, in.note())) {
            return Change.UNCHANGED;
        }
        ReportingCalendar c = new ReportingCalendar();
        c.id = UUID.randomUUID();
        c.scopeType = scopeType;
        c.scope = scope;
        c.versionNo = latest == null ? 1 : latest.versionNo + 1;
        c.indicator = indicator;
        c.budget = budget;
        c.thresholds = thresholds;
        c.note = in.note();
        c.createdAt = Instant.now();
        c.persist();
        return latest == null ? Change.CREATED : Change.UPDATED;
    }

    /** Each step's deadline can only come after the one before it (422 naming the field). */
    private static void check(CalendarInput in) {
        List<Problem.FieldError> errors = new ArrayList<>();
        order("indicator", in.indicator(), errors);
        order("budget", in.budget(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("the deadlines are out of order; nothing was written", errors);
        }
    }

    private static void order(String path, CalendarInput.Deadlines d, List<Problem.FieldError> errors) {
        if (d == null) {
            return;
        }
        if (d.verifiedDays() < d.submittedDays()) {
            errors.add(new Problem.FieldError(path + ".verifiedDays", "must not come before submittedDays ("
                    + d.submittedDays() + ")", d.verifiedDays()));
        }
        if (d.approvedDays() < d.verifiedDays()) {
            errors.add(new Problem.FieldError(path + ".approvedDays", "must not come before verifiedDays ("
                    + d.verifiedDays() + ")", d.approvedDays()));
        }
    }

    private void publish(String tenant) {
        Number current = (Number) em.createNativeQuery("SELECT version FROM reporting_calendar_published WHERE tenant = ?1")
                .setParameter(1, tenant).getResultStream().findFirst().orElse(0L);
        long version = current.longValue() + 1;
        em.createNativeQuery("INSERT INTO reporting_calendar_published (tenant, version) VALUES (?1, ?2) "
                        + "ON CONFLICT (tenant) DO UPDATE SET version = EXCLUDED.version")
                .setParameter(1, tenant).setParameter(2, version).executeUpdate();
        outbox.append(EventEnvelope.of(EventCatalog.CALENDAR_UPSERTED, tenant, "calendar", version, null,
                inForce(tenant)));
    }

    private static ReportingCalendarPayload payload(ReportingCalendar c, String province) {
        return new ReportingCalendarPayload(c.scopeType, province, c.versionNo, c.indicator, c.budget, c.thresholds);
    }
}
