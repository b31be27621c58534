package id.kinerja.planning.domain;

import id.kinerja.events.plan.Aggregation;
import id.kinerja.events.plan.Direction;
import id.kinerja.events.plan.IndicatorLevel;
import id.kinerja.events.plan.TargetValue;
import id.kinerja.events.plan.ValueType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A performance indicator of a Renstra, with its target per Renstra year. */
@Entity
public class Indicator extends PanacheEntityBase {
    @Id
    public UUID id;
    public String tenant;
    public String agencyCode;
    public UUID renstraId;
    public String code;
    @Enumerated(EnumType.STRING)
    public IndicatorLevel level;
    public String parentCode;
    public String name;
    public String unit;
    public String definition;
    public String formula;
    public String numeratorDefinition;
    public String denominatorDefinition;
    public String dataSource;
    @Enumerated(EnumType.STRING)
    public Direction direction;
    public BigDecimal rangeLower;
    public BigDecimal rangeUpper;
    @Enumerated(EnumType.STRING)
    public Aggregation aggregation;
    @Enumerated(EnumType.STRING)
    public ValueType valueType;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> categories;
    public boolean iku;
    @JdbcTypeCode(SqlTypes.JSON)
    public TargetValue baseline;
    @JdbcTypeCode(SqlTypes.JSON)
    public TargetValue endTarget;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<TargetValue> targets;
    @JdbcTypeCode(SqlTypes.JSON)
    @jakarta.persistence.Column(name = "reference_values")
    public List<id.kinerja.events.plan.ReferenceValue> references;
    public long version;
    public Instant updatedAt;

    public static Optional<Indicator> find(UUID renstraId, String code) {
        return find("renstraId = ?1 and code = ?2", renstraId, code).firstResultOptional();
    }

    public static List<Indicator> of(UUID renstraId) {
        return list("renstraId = ?1 order by code", renstraId);
    }

    public Optional<TargetValue> targetFor(int year) {
        return targets.stream().filter(t -> t.year() != null && t.year() == year).findFirst();
    }
}
