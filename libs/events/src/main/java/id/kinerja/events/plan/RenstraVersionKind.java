package id.kinerja.events.plan;

/** Original Renstra, a revision (Perubahan) or a supplement (Suplemen). */
public enum RenstraVersionKind {
    ORIGINAL, PERUBAHAN, SUPLEMEN
}
