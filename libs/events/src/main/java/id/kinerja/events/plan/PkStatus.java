package id.kinerja.events.plan;

/** A PK is drafted, then signed (frozen); changes after signing are amendments. */
public enum PkStatus {
    DRAFT, SIGNED
}
