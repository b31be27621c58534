package id.kinerja.reporting.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

import java.io.Serializable;
import java.time.Instant;

/** An agency (OPD) as last announced by planning-service. */
@Entity
@IdClass(AgencyView.Key.class)
public class AgencyView extends PanacheEntityBase {
    @Id
    public String tenant;
    @Id
    public String code;
    public String name;
    public String shortName;
    public boolean active;
    public long version;
    public Instant updatedAt;

    public record Key(String tenant, String code) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
