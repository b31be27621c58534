package id.kinerja.realisation.evidence;

import id.kinerja.commons.outbox.OutboxWriter;
import id.kinerja.commons.problem.Problem;
import id.kinerja.commons.problem.ProblemException;
import id.kinerja.commons.security.Caller;
import id.kinerja.events.EventCatalog;
import id.kinerja.events.EventEnvelope;
import id.kinerja.events.EventPeriod;
import id.kinerja.events.Uuids;
import id.kinerja.events.realisation.EvidencePayload;
import id.kinerja.realisation.service.AuditEntry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Bukti dukung of a realisation: checked (name, size, real content type, virus scan) before the transaction,
 * then stored with its checksum, an audit line on the record and an {@code evidence.changed} event, together.
 */
@ApplicationScoped
public class EvidenceService {

    @Inject
    EntityManager em;
    @Inject
    Caller caller;
    @Inject
    OutboxWriter outbox;
    @Inject
    EvidenceScanner scanner;
    @ConfigProperty(name = "kinerja.evidence.max-size", defaultValue = "10M")
    MemorySize maxSize;

    /** The file and its bytes, for a download. */
    public record Download(EvidenceFile file, byte[] content) {
    }

    /** Read, checked and scanned outside the transaction (a slow scanner holds no connection), then stored. */
    public EvidenceFile attach(String tenant, UUID recordId, String fileName, String declaredType, String description,
                               InputStream body) {
        EvidenceUpload upload = EvidenceUpload.read(fileName, declaredType, description, body, maxSize.asLongValue());
        EvidenceScanner.Verdict verdict = scanner.scan(upload.content());
        if (!verdict.clean()) {
            Log.warnf("evidence refused by the virus scanner: tenant=%s record=%s file=%s reason=%s", tenant,
                    recordId, upload.fileName(), verdict.reason());
            throw ProblemException.unprocessable("the virus scanner refused the file",
                    List.of(new Problem.FieldError("body", "infected: " + verdict.reason())));
        }
        return QuarkusTransaction.requiringNew().call(() -> store(tenant, recordId, upload));
    }

    private EvidenceFile store(String tenant, UUID recordId, EvidenceUpload upload) {
        EvidencedRecord record = EvidencedRecord.find(em, caller, tenant, recordId);
        EvidenceFile file = new EvidenceFile(Uuids.v7(), recordId, record.type(), upload.fileName(),
                upload.contentType(), upload.content().length, sha256(upload.content()), upload.description(),
                caller.actor(), Instant.now());
        em.createNativeQuery("""
                        INSERT INTO evidence (id, tenant, agency_code, record_type, record_id, file_name, content_type,
                                              size, sha256, description, content, uploaded_by, uploaded_at)
                        VALUES (:id, :t, :a, :rt, :r, :name, :type, :size, :sha, :description, :content, :by, :at)""")
                .setParameter("id", file.id()).setParameter("t", tenant).setParameter("a", record.agencyCode() == null ? "" : record.agencyCode())
                .setParameter("rt", record.type()).setParameter("r", recordId).setParameter("name", file.fileName())
                .setParameter("type", file.contentType()).setParameter("size", file.size())
                .setParameter("sha", file.sha256()).setParameter("description", file.description())
                .setParameter("content", upload.content()).setParameter("by", file.uploadedBy())
                .setParameter("at", Timestamp.from(file.uploadedAt()))
                .executeUpdate();
        changed(tenant, record, file, false, 1);
        return file;
    }

    @Transactional
    public List<EvidenceFile> list(String tenant, UUID recordId) {
        EvidencedRecord record = EvidencedRecord.find(em, caller, tenant, recordId);
        return rows(tenant, record, null);
    }

    @Transactional
    public Download download(String tenant, UUID recordId, UUID evidenceId) {
        EvidencedRecord record = EvidencedRecord.find(em, caller, tenant, recordId);
        EvidenceFile file = rows(tenant, record, evidenceId).stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("evidence", evidenceId.toString()));
        byte[] content = (byte[]) em.createNativeQuery("SELECT content FROM evidence WHERE id = :id")
                .setParameter("id", evidenceId).getSingleResult();
        return new Download(file, content);
    }

    /** The metadata stays (the audit trail names the file); the bytes go. */
    @Transactional
    public void remove(String tenant, UUID recordId, UUID evidenceId) {
        EvidencedRecord record = EvidencedRecord.find(em, caller, tenant, recordId);
        EvidenceFile file = rows(tenant, record, evidenceId).stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("evidence", evidenceId.toString()));
        em.createNativeQuery("""
                        UPDATE evidence SET removed_by = :by, removed_at = :at, content = NULL
                        WHERE id = :id AND removed_at IS NULL""")
                .setParameter("by", caller.actor()).setParameter("at", Timestamp.from(Instant.now()))
                .setParameter("id", evidenceId).executeUpdate();
        changed(tenant, record, file, true, 2);
    }

    @SuppressWarnings("unchecked")
    private List<EvidenceFile> rows(String tenant, EvidencedRecord record, UUID only) {
        var query = em.createNativeQuery("""
                        SELECT id, file_name, content_type, size, sha256, description, uploaded_by, uploaded_at
                        FROM evidence WHERE tenant = :t AND record_id = :r AND removed_at IS NULL""" + (only == null ? ""
                        : " AND id = :only") + " ORDER BY uploaded_at, id")
                .setParameter("t", tenant).setParameter("r", record.id());
        if (only != null) {
            query.setParameter("only", only);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new EvidenceFile((UUID) r[0], record.id(), record.type(), (String) r[1],
                (String) r[2], ((Number) r[3]).longValue(), (String) r[4], (String) r[5], (String) r[6],
                r[7] instanceof Instant i ? i : ((Timestamp) r[7]).toInstant())).toList();
    }

    private void changed(String tenant, EvidencedRecord record, EvidenceFile file, boolean removed, long version) {
        Map<String, Object> what = Map.of("evidence", file.id(), "fileName", file.fileName(), "sha256", file.sha256());
        em.unwrap(Session.class).doWork(c -> AuditEntry.insert(c, List.of(new AuditEntry(tenant, record.type(),
                record.id(), record.version(), removed ? "EVIDENCE_REMOVED" : "EVIDENCE_ADDED", caller.actor(),
                removed ? what : null, removed ? null : what, file.description()))));
        EventPeriod period = record.quarter() == null ? EventPeriod.year(record.year())
                : EventPeriod.quarter(record.year(), record.quarter());
        outbox.append(EventEnvelope.of(EventCatalog.EVIDENCE_CHANGED, tenant, file.id().toString(), version, period,
                new EvidencePayload(record.agencyCode(), record.year(), record.quarter(), record.type(), record.id(),
                        record.planCode(), file.fileName(), file.contentType(), file.size(), file.sha256(),
                        file.description(), removed, caller.actor(), Instant.now())));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
