package id.kinerja.planning.calendar;

import id.kinerja.events.planning.ReportingCalendarPayload;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One version of a province's default or a tenant's own reporting calendar. */
@Entity
public class ReportingCalendar extends PanacheEntityBase {

    public static final String PROVINCE = ReportingCalendarPayload.PROVINCE;
    public static final String TENANT = ReportingCalendarPayload.TENANT;

    @Id
    public UUID id;
    public String scopeType;
    public String scope;
    public int versionNo;
    @JdbcTypeCode(SqlTypes.JSON)
    public ReportingCalendarPayload.Deadlines indicator;
    @JdbcTypeCode(SqlTypes.JSON)
    public ReportingCalendarPayload.Deadlines budget;
    @JdbcTypeCode(SqlTypes.JSON)
    public ReportingCalendarPayload.Thresholds thresholds;
    public String note;
    public Instant createdAt;

    public static Optional<ReportingCalendar> latest(String scopeType, String scope) {
        return find("scopeType = ?1 and scope = ?2 order by versionNo desc", scopeType, scope).firstResultOptional();
    }

    public static List<ReportingCalendar> history(String scopeType, String scope) {
        return list("scopeType = ?1 and scope = ?2 order by versionNo", scopeType, scope);
    }
}
