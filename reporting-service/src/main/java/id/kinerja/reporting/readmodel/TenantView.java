package id.kinerja.reporting.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;

/** A pemda as last announced by planning-service. */
@Entity
public class TenantView extends PanacheEntityBase {
    @Id
    public String code;
    public String name;
    public String regionType;
    public String province;
    public long version;
    public Instant updatedAt;
}
