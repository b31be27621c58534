package id.kinerja.planning.domain;

import id.kinerja.events.plan.PkContent;
import id.kinerja.events.plan.PkVersionKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One version of a PK: the original, or an amendment with its date and reason. Frozen once signed. */
@Entity
@IdClass(PkVersion.Key.class)
public class PkVersion extends PanacheEntityBase {
    @Id
    public UUID pkId;
    @Id
    public int versionNo;
    @Enumerated(EnumType.STRING)
    public PkVersionKind kind;
    public LocalDate dated;
    public String reason;
    public Instant signedAt;
    @JdbcTypeCode(SqlTypes.JSON)
    public PkContent content;

    public static List<PkVersion> of(UUID pkId) {
        return list("pkId = ?1 order by versionNo", pkId);
    }

    public static Optional<PkVersion> find(UUID pkId, int versionNo) {
        return find("pkId = ?1 and versionNo = ?2", pkId, versionNo).firstResultOptional();
    }

    public record Key(UUID pkId, int versionNo) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }
}
