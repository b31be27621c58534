package id.kinerja.realisation.jobs;

/** What a job imports: the bulk endpoint it was sent to. */
public enum PushKind {
    INDICATOR_REALISATIONS("indicator-realisations"),
    BUDGET_REALISATIONS("budget-realisations");

    private final String path;

    PushKind(String path) {
        this.path = path;
    }

    /** As the API names it ({@code indicator-realisations}). */
    public String path() {
        return path;
    }

    static PushKind ofPath(String path) {
        for (PushKind kind : values()) {
            if (kind.path.equals(path)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(path);
    }
}
