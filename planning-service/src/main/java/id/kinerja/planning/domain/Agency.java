package id.kinerja.planning.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.UUID;

/** An agency (OPD) of a tenant, identified within it by its code. */
@Entity
public class Agency extends PanacheEntityBase {

    @Id
    public UUID id;
    public String tenant;
    public String code;
    public String name;
    public String shortName;
    public boolean active;
    public long version;
    public Instant createdAt;
    public Instant updatedAt;
}
