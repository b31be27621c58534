package id.kinerja.events;

/** Kafka topic names. One topic per producing service; keys are tenant + aggregate id. */
public final class Topics {
    public static final String PLANNING = "planning.events";
    public static final String REALISATION = "realisation.events";
    public static final String REPORTING_FIGURES = "reporting.figures";
    public static final String REPORTING_MONITORING = "reporting.monitoring";
    public static final String DEAD_LETTER = "reporting.dead-letter";

    private Topics() {
    }
}
