package id.kinerja.realisation.evidence;

import java.time.Instant;
import java.util.UUID;

/** What is known of one attached file (its bytes are downloaded separately). */
public record EvidenceFile(UUID id, UUID recordId, String recordType, String fileName, String contentType, long size,
                           String sha256, String description, String uploadedBy, Instant uploadedAt) {
}
