package id.kinerja.realisation.service;

/** A parsed row of a push (1-based number), or the error that made it unreadable. */
public record Row<T>(int number, T value, RowError error) {

    public static <T> Row<T> of(int number, T value) {
        return new Row<>(number, value, null);
    }

    public static <T> Row<T> unreadable(int number, RowError error) {
        return new Row<>(number, null, error);
    }
}
