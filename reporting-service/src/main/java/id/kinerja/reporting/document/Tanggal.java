package id.kinerja.reporting.document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as Indonesian documents print them: {@code 31 Desember 2024}, times in WIB. */
public final class Tanggal {

    static final Locale ID = Locale.forLanguageTag("id-ID");
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", ID);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm", ID);

    private Tanggal() {
    }

    public static String of(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** {@code 2 Desember 2026 20.19 WIB}. */
    public static String of(Instant instant) {
        return TIME.format(instant.atZone(WIB)) + " WIB";
    }

    /** The last day of the year: the date a yearly report speaks of. */
    public static String endOf(int year) {
        return of(LocalDate.of(year, 12, 31));
    }
}
