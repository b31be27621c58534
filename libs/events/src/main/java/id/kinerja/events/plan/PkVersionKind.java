package id.kinerja.events.plan;

/** The first signed PK, or an amendment (Perubahan PK). */
public enum PkVersionKind {
    ORIGINAL, AMENDMENT
}
