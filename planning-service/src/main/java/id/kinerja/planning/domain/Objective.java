package id.kinerja.planning.domain;

import id.kinerja.events.plan.ObjectiveKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A tujuan (goal) or sasaran (objective) of a Renstra; a sasaran's parent is a tujuan. */
@Entity
public class Objective extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID renstraId;
    @Enumerated(EnumType.STRING)
    public ObjectiveKind kind;
    public String code;
    public String parentCode;
    public String name;
    public long version;

    public static Optional<Objective> find(UUID renstraId, String code) {
        return find("renstraId = ?1 and code = ?2", renstraId, code).firstResultOptional();
    }

    public static List<Objective> of(UUID renstraId) {
        return list("renstraId = ?1 order by code", renstraId);
    }
}
