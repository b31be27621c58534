package id.kinerja.planning.domain;

import id.kinerja.events.plan.RenstraVersionKind;
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
import java.util.UUID;

/**
 * A version of a Renstra (original, Perubahan, Suplemen). When a newer version is added, the tree as it
 * stood is frozen into {@code snapshot}, so older versions stay readable.
 */
@Entity
@IdClass(RenstraVersion.Key.class)
public class RenstraVersion extends PanacheEntityBase {
    @Id
    public UUID renstraId;
    @Id
    public int versionNo;
    @Enumerated(EnumType.STRING)
    public RenstraVersionKind kind;
    public String decreeNumber;
    public LocalDate decreeDate;
    public String note;
    @JdbcTypeCode(SqlTypes.JSON)
    public RenstraSnapshot snapshot;
    public Instant createdAt;

    public static List<RenstraVersion> of(UUID renstraId) {
        return list("renstraId = ?1 order by versionNo", renstraId);
    }

    public record Key(UUID renstraId, int versionNo) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }
}
