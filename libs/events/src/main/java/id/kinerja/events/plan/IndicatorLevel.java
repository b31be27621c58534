package id.kinerja.events.plan;

/** Where an indicator hangs: the Renstra tree or the budget tree (output indicators). */
public enum IndicatorLevel {
    TUJUAN, SASARAN, PROGRAM, KEGIATAN, SUB_KEGIATAN
}
