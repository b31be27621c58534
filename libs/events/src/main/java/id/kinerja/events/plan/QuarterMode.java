package id.kinerja.events.plan;

/** Quarterly targets are the quarter's own amount (INCREMENTAL) or year-to-date (CUMULATIVE). */
public enum QuarterMode {
    INCREMENTAL, CUMULATIVE
}
