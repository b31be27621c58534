package id.kinerja.realisation.domain;

import id.kinerja.events.realisation.RealisationStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Spending of a sub-kegiatan in one quarter, and its cumulative physical progress. */
@Entity
public class BudgetRealisation extends PanacheEntityBase {
    @Id
    public UUID id;
    public String tenant;
    public String agencyCode;
    public String subKegiatanCode;
    public int year;
    public short quarter;
    public BigDecimal amount;
    public BigDecimal physicalProgress;
    public String overPaguReason;
    @Enumerated(EnumType.STRING)
    public RealisationStatus status;
    public String statusComment;
    public long version;
    public Instant updatedAt;
    public String updatedBy;
}
