package id.kinerja.events.plan;

/** What an indicator's values are. */
public enum ValueType {
    NUMBER, PERCENTAGE, CATEGORY
}
