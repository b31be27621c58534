package id.kinerja.events.plan;

/** Presentation rounding: HALF_UP, or TRUNCATE (toward zero, as some reports print 34,2857 as 34,28). */
public enum RoundingMode {
    HALF_UP, TRUNCATE
}
