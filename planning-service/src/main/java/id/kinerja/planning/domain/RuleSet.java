package id.kinerja.planning.domain;

import id.kinerja.events.plan.CategoryPolicy;
import id.kinerja.events.plan.EfficiencyRule;
import id.kinerja.events.plan.OrganisationAverage;
import id.kinerja.events.plan.PredicateScale;
import id.kinerja.events.plan.RoundingMode;
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

/** A tenant's regional rules, effective from a year; every change is a new immutable version. */
@Entity
public class RuleSet extends PanacheEntityBase {
    @Id
    public UUID id;
    public String tenant;
    public int effectiveFromYear;
    public int versionNo;
    @JdbcTypeCode(SqlTypes.JSON)
    public PredicateScale predicateScale;
    @Enumerated(EnumType.STRING)
    public EfficiencyRule efficiencyRule;
    @Enumerated(EnumType.STRING)
    public RoundingMode roundingMode;
    public int roundingPrecision;
    @Enumerated(EnumType.STRING)
    public CategoryPolicy categoryPolicy;
    @JdbcTypeCode(SqlTypes.JSON)
    public OrganisationAverage organisationAverage;
    public String note;
    public Instant createdAt;

    /** The newest version of the rules effective from the given year. */
    public static Optional<RuleSet> latest(String tenant, int effectiveFromYear) {
        return find("tenant = ?1 and effectiveFromYear = ?2 order by versionNo desc", tenant, effectiveFromYear)
                .firstResultOptional();
    }

    /** The rules in force in a year: the newest version of the latest set effective from that year or earlier. */
    public static Optional<RuleSet> inForce(String tenant, int year) {
        return find("tenant = ?1 and effectiveFromYear <= ?2 order by effectiveFromYear desc, versionNo desc",
                tenant, year).firstResultOptional();
    }

    public static List<RuleSet> history(String tenant) {
        return list("tenant = ?1 order by effectiveFromYear, versionNo", tenant);
    }
}
