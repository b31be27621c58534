package id.kinerja.events.realisation;

import java.time.Instant;
import java.util.UUID;

/**
 * A file of bukti dukung (evidence) attached to, or removed from, a realisation. The bytes stay in
 * realisation-service; the event carries what reporting needs to list and count them.
 */
public record EvidencePayload(String agencyCode, int year, Short quarter, String recordType, UUID recordId,
                              String planCode, String fileName, String contentType, long size, String sha256,
                              String description, boolean removed, String actor, Instant at) {
}
