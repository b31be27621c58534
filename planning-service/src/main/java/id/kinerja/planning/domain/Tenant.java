package id.kinerja.planning.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.time.Instant;

/** A pemda: the tenant every plan, realisation and figure belongs to. */
@Entity
public class Tenant extends PanacheEntityBase {

    @Id
    public String code;
    public String name;
    @Enumerated(EnumType.STRING)
    public RegionType regionType;
    public String province;
    /** Incremented on every change; events carry it so consumers keep only the newest state. */
    public long version;
    public Instant createdAt;
    public Instant updatedAt;
}
