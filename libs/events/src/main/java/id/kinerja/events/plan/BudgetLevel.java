package id.kinerja.events.plan;

/** Level of the Permendagri 90 budget tree. */
public enum BudgetLevel {
    PROGRAM, KEGIATAN, SUB_KEGIATAN
}
