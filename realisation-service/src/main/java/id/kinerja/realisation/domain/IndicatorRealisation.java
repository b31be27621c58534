package id.kinerja.realisation.domain;

import id.kinerja.events.realisation.RealisationStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A stored realisation (written in bulk by JDBC; read and transitioned through this entity). */
@Entity
public class IndicatorRealisation extends PanacheEntityBase {
    @Id
    public UUID id;
    public String tenant;
    public String agencyCode;
    public String indicatorCode;
    public int year;
    public Short quarter;
    public BigDecimal value;
    public BigDecimal numerator;
    public BigDecimal denominator;
    public String category;
    public boolean provisional;
    public LocalDate finalDataExpected;
    public String dataSource;
    public String drivingFactors;
    public String inhibitingFactors;
    public String followUp;
    @Enumerated(EnumType.STRING)
    public RealisationStatus status;
    public String statusComment;
    public long version;
    public Instant updatedAt;
    public String updatedBy;
}
