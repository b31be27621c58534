package id.kinerja.spreadsheets;

/** The upload is not a readable XLSX workbook; services answer it as a 400 naming the body. */
public class UnreadableSpreadsheetException extends RuntimeException {

    public UnreadableSpreadsheetException(String message) {
        super(message);
    }
}
