package id.kinerja.events.plan;

/** A node of the Renstra tree. */
public enum ObjectiveKind {
    TUJUAN, SASARAN
}
