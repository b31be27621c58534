package id.kinerja.realisation.replica;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

import java.io.Serializable;

/** An agency known from planning events; realisations may only be pushed for known agencies. */
@Entity
@IdClass(ReplicaAgency.Key.class)
public class ReplicaAgency extends PanacheEntityBase {
    @Id
    public String tenant;
    @Id
    public String code;
    public String name;
    public boolean active;
    public long version;

    public record Key(String tenant, String code) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
