package id.kinerja.events;

/** The reporting period an event belongs to: a year, and a quarter (1-4) where relevant. */
public record EventPeriod(Integer year, Integer quarter) {

    public static EventPeriod year(int year) {
        return new EventPeriod(year, null);
    }

    public static EventPeriod quarter(int year, int quarter) {
        return new EventPeriod(year, quarter);
    }
}
