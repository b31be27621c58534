package id.kinerja.events.plan;

/** Capaian of qualitative indicators: 100 when the category is reached, or the ratio of the underlying scores. */
public enum CategoryPolicy {
    REACHED_IS_100, SCORE_RATIO
}
