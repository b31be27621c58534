package id.kinerja.planning.service;

import id.kinerja.events.plan.BudgetLevel;

import java.util.regex.Pattern;

/**
 * Permendagri 90/2019 nomenclature: program {@code 2.07.03}, kegiatan {@code 2.07.03.2.01}, sub-kegiatan
 * {@code 2.07.03.2.01.0001}. {@code X} stands for the urusan of supporting programs ({@code X.XX.01}).
 * A kegiatan's program is its first three segments; a sub-kegiatan's kegiatan its first five.
 */
public final class BudgetCodes {

    private static final Pattern PROGRAM = Pattern.compile("^[0-9X]\\.[0-9X]{2}\\.\\d{2}$");
    private static final Pattern KEGIATAN = Pattern.compile("^[0-9X]\\.[0-9X]{2}\\.\\d{2}\\.\\d\\.\\d{2}$");
    private static final Pattern SUB_KEGIATAN = Pattern.compile("^[0-9X]\\.[0-9X]{2}\\.\\d{2}\\.\\d\\.\\d{2}\\.\\d{4}$");

    private BudgetCodes() {
    }

    public static boolean valid(BudgetLevel level, String code) {
        return switch (level) {
            case PROGRAM -> PROGRAM.matcher(code).matches();
            case KEGIATAN -> KEGIATAN.matcher(code).matches();
            case SUB_KEGIATAN -> SUB_KEGIATAN.matcher(code).matches();
        };
    }

    public static String example(BudgetLevel level) {
        return switch (level) {
            case PROGRAM -> "2.07.03";
            case KEGIATAN -> "2.07.03.2.01";
            case SUB_KEGIATAN -> "2.07.03.2.01.0001";
        };
    }

    /** The parent's code, or null for a program. */
    public static String parentOf(BudgetLevel level, String code) {
        String[] segments = code.split("\\.");
        return switch (level) {
            case PROGRAM -> null;
            case KEGIATAN -> String.join(".", java.util.Arrays.copyOf(segments, 3));
            case SUB_KEGIATAN -> String.join(".", java.util.Arrays.copyOf(segments, 5));
        };
    }
}
