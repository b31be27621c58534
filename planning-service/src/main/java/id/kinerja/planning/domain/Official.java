package id.kinerja.planning.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.UUID;

/** An official who signs PKs: name, NIP, rank (pangkat/golongan) and position, in an agency or the pemda. */
@Entity
public class Official extends PanacheEntityBase {
    @Id
    public UUID id;
    public String tenant;
    public String agencyCode;
    public String nip;
    public String name;
    public String rank;
    public String position;
    public long version;
    public Instant updatedAt;
}
