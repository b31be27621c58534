package id.kinerja.spreadsheets;

/** Spreadsheet column letters: 0 is A, 25 is Z, 26 is AA. */
public final class Columns {

    private Columns() {
    }

    public static String letter(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            s.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return s.toString();
    }

    /** The 0-based column of a cell reference such as {@code D14}. */
    public static int index(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
        }
        return column - 1;
    }
}
