package id.kinerja.events.plan;

/** How quarterly values make a year-to-date or annual figure. */
public enum Aggregation {
    CUMULATIVE, LAST_VALUE, AVERAGE, RATIO_OF_SUMS
}
