package id.kinerja.planning.domain;

import id.kinerja.events.planning.OrganisationProfilePayload;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The organisation profile of an agency as of a year, held whole as its event carries it. */
@Entity
public class OrganisationProfile extends PanacheEntityBase {
    @Id
    public UUID id;
    public String tenant;
    public String agencyCode;
    public int year;
    @JdbcTypeCode(SqlTypes.JSON)
    public OrganisationProfilePayload content;
    public long version;
    public Instant updatedAt;

    public static Optional<OrganisationProfile> find(String tenant, String agency, int year) {
        return find("tenant = ?1 and agencyCode = ?2 and year = ?3", tenant, agency, year).firstResultOptional();
    }
}
