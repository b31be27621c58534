package id.kinerja.planning.domain;

import id.kinerja.events.plan.QuarterMode;
import id.kinerja.events.plan.Quarters;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Rencana aksi: the TW I-IV targets of one indicator of a PK. */
@Entity
public class QuarterlyTarget extends PanacheEntityBase {
    @Id
    public UUID id;
    public String tenant;
    public String agencyCode;
    public int year;
    public String pkCode;
    public String indicatorCode;
    @Enumerated(EnumType.STRING)
    public QuarterMode mode;
    @JdbcTypeCode(SqlTypes.JSON)
    public Quarters quarters;
    public long version;
    public Instant updatedAt;

    public static Optional<QuarterlyTarget> find(String tenant, String agency, int year, String pk, String indicator) {
        return find("tenant = ?1 and agencyCode = ?2 and year = ?3 and pkCode = ?4 and indicatorCode = ?5",
                tenant, agency, year, pk, indicator).firstResultOptional();
    }

    public static List<QuarterlyTarget> of(String tenant, String agency, int year) {
        return list("tenant = ?1 and agencyCode = ?2 and year = ?3 order by pkCode, indicatorCode", tenant, agency, year);
    }
}
