package id.kinerja.planning.domain;

import id.kinerja.events.plan.BudgetLevel;
import id.kinerja.events.plan.Pagu;
import id.kinerja.events.plan.ReportedTotal;
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

/** A program, kegiatan or sub-kegiatan of an agency's budget for a fiscal year. */
@Entity
public class BudgetNode extends PanacheEntityBase {
    @Id
    public UUID id;
    public String tenant;
    public String agencyCode;
    public int fiscalYear;
    @Enumerated(EnumType.STRING)
    public BudgetLevel level;
    public String code;
    public String parentCode;
    public String name;
    public String sasaranCode;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> indicatorCodes;
    /** Input only on leaves. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Pagu> pagu;
    /** Totals as a document printed them, for the consistency check; never used as figures. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ReportedTotal> reportedPagu;
    public long version;
    public Instant updatedAt;

    public static Optional<BudgetNode> find(String tenant, String agency, int year, String code) {
        return find("tenant = ?1 and agencyCode = ?2 and fiscalYear = ?3 and code = ?4", tenant, agency, year, code)
                .firstResultOptional();
    }

    public static List<BudgetNode> of(String tenant, String agency, int year) {
        return list("tenant = ?1 and agencyCode = ?2 and fiscalYear = ?3 order by code", tenant, agency, year);
    }

    public static boolean existsInAnyYear(String tenant, String agency, String code) {
        return count("tenant = ?1 and agencyCode = ?2 and code = ?3", tenant, agency, code) > 0;
    }
}
