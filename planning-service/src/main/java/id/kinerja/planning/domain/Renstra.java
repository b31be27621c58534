package id.kinerja.planning.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** An agency's Renstra for a period; {@code code} is its natural key within the agency (e.g. "2021-2026"). */
@Entity
public class Renstra extends PanacheEntityBase {
    @Id
    public UUID id;
    public String tenant;
    public String agencyCode;
    public String code;
    public String title;
    public int periodStart;
    public int periodEnd;
    public String legalBasis;
    public int currentVersion;
    public long version;
    public Instant updatedAt;

    public static Optional<Renstra> find(String tenant, String agency, String code) {
        return find("tenant = ?1 and agencyCode = ?2 and code = ?3", tenant, agency, code).firstResultOptional();
    }

    /** The Renstra whose period contains the year (the newest, if periods overlap). */
    public static Optional<Renstra> covering(String tenant, String agency, int year) {
        return find("tenant = ?1 and agencyCode = ?2 and periodStart <= ?3 and periodEnd >= ?3 order by periodStart desc",
                tenant, agency, year).firstResultOptional();
    }

    public boolean covers(int year) {
        return year >= periodStart && year <= periodEnd;
    }
}
