package id.kinerja.planning.domain;

import id.kinerja.events.plan.PkParty;
import id.kinerja.events.plan.PkStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A Perjanjian Kinerja of an agency for a year; cascaded PKs name their parent PK's code. */
@Entity
public class Pk extends PanacheEntityBase {
    @Id
    public UUID id;
    public String tenant;
    public String agencyCode;
    public int year;
    public String code;
    public String title;
    @JdbcTypeCode(SqlTypes.JSON)
    public PkParty signer;
    @JdbcTypeCode(SqlTypes.JSON)
    public PkParty counterSigner;
    public String parentCode;
    @Enumerated(EnumType.STRING)
    public PkStatus status;
    public int currentVersion;
    public long version;
    public Instant updatedAt;

    public static Optional<Pk> find(String tenant, String agency, int year, String code) {
        return find("tenant = ?1 and agencyCode = ?2 and year = ?3 and code = ?4", tenant, agency, year, code)
                .firstResultOptional();
    }

    public static List<Pk> of(String tenant, String agency, int year) {
        return list("tenant = ?1 and agencyCode = ?2 and year = ?3 order by code", tenant, agency, year);
    }
}
