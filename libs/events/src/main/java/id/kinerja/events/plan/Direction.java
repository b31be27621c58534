package id.kinerja.events.plan;

/** Which way an indicator improves; RANGE means within [rangeLower, rangeUpper]. */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER, RANGE
}
