package id.kinerja.commons.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** A row of the transactional outbox; {@code payload} is the whole event envelope as published. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    public UUID id;
    public String tenant;
    @Column(name = "aggregatetype")
    public String aggregateType;
    @Column(name = "aggregateid")
    public String aggregateId;
    public String type;
    public String topic;
    public String kafkaKey;
    @JdbcTypeCode(SqlTypes.JSON)
    public String payload;
    public Instant createdAt;
    public Instant sentAt;
    public int attempts;
    public Instant nextAttemptAt;
    public String lastError;
    /** W3C trace context of the change that wrote it ({@link TraceParent}); null when untraced. */
    public String traceParent;
}
