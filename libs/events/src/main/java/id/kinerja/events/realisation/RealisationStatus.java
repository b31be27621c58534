package id.kinerja.events.realisation;

/** Workflow of pushed data: draft, submitted, verified, approved (official), or returned with a comment. */
public enum RealisationStatus {
    DRAFT, SUBMITTED, VERIFIED, APPROVED, RETURNED
}
