package id.kinerja.realisation.rest;

import id.kinerja.commons.problem.ProblemException;
import id.kinerja.realisation.service.BulkRejectedException;
import id.kinerja.realisation.spreadsheet.TemplateLayout;
import id.kinerja.realisation.spreadsheet.XlsxRows;
import id.kinerja.spreadsheets.TableWriter;
import id.kinerja.realisation.service.BulkOptions;
import id.kinerja.realisation.service.BulkSummary;
import id.kinerja.realisation.service.PushService;
import id.kinerja.realisation.service.Row;
import id.kinerja.realisation.service.RowReader;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.InputStream;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.Set;

/** What every bulk push endpoint does: read JSON, CSV or XLSX (a filled template) rows, honour the Idempotency-Key, answer the summary. */
final class BulkRequests {

    static final String CSV = "text/csv";

    interface Importer<T> {
        BulkSummary apply(String tenant, Iterator<Row<T>> rows, BulkOptions options) throws Exception;
    }

    record Csv(Set<String> required, Set<String> numeric) {
    }

    static final String XLSX = TableWriter.XLSX;

    private BulkRequests() {
    }

    /** The synchronous push: the Idempotency-Key decides whether {@code work} runs; 200 with the summary. */
    static Response respond(PushService pushes, Callable<BulkSummary> work, String tenant, String idempotencyKey,
                            boolean dryRun, String hash) throws Exception {
        PushService.Result result = pushes.push(tenant, idempotencyKey, hash, !dryRun, work);
        return Response.status(result.status()).entity(result.body()).type(MediaType.APPLICATION_JSON)
                .header("Idempotent-Replayed", result.replayed()).build();
    }

    /** Reads JSON, CSV or XLSX rows from {@code body} and applies them. */
    static <T> BulkSummary read(Importer<T> importer, Class<T> type, Csv csvColumns, TemplateLayout layout,
                                String tenant, RowReader.NumberFormat format, char separator, String contentType,
                                InputStream body, BulkOptions options) throws Exception {
        boolean csv = contentType != null && contentType.startsWith(CSV);
        boolean xlsx = contentType != null && contentType.startsWith(XLSX);
        if (xlsx) { // a zip is read from its central directory at the end: the (compressed) workbook is held
            return workbook(importer, type, layout, tenant, format, body.readAllBytes(), options);
        }
        return importer.apply(tenant, csv
                ? RowReader.csv(body, type, separator, format, csvColumns.required(), csvColumns.numeric())
                : RowReader.json(body, type), options);
    }

    /** A filled template: the same import, each row error pointing at its cell ({@code Realisasi!H14}). */
    private static <T> BulkSummary workbook(Importer<T> importer, Class<T> type, TemplateLayout layout, String tenant,
                                            RowReader.NumberFormat format, byte[] body, BulkOptions options)
            throws Exception {
        try (XlsxRows<T> rows = XlsxRows.open(body, layout, type, format == RowReader.NumberFormat.ID)) {
            try {
                BulkSummary s = importer.apply(tenant, rows, options);
                return new BulkSummary(s.status(), s.dryRun(), s.atomic(), s.importCount(),
                        s.conflicts().stream().map(rows::locate).toList());
            } catch (BulkRejectedException e) {
                throw new BulkRejectedException(e.rowErrors().stream().map(rows::locate).toList(), e.rows());
            }
        }
    }

    /** Longest Idempotency-Key accepted: a UUID is 36 characters; the rest leaves room to scope the key. */
    static final int IDEMPOTENCY_KEY_MAX = 128;

    /** Printable ASCII without spaces, at most {@link #IDEMPOTENCY_KEY_MAX} characters; checked before any work. */
    static void checkIdempotencyKey(String key) {
        if (key == null) {
            return;
        }
        if (key.isEmpty() || key.length() > IDEMPOTENCY_KEY_MAX) {
            throw ProblemException.badRequest("Idempotency-Key", "1 to " + IDEMPOTENCY_KEY_MAX
                    + " characters, e.g. a UUID");
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                throw ProblemException.badRequest("Idempotency-Key", "printable ASCII characters without spaces,"
                        + " e.g. a UUID");
            }
        }
    }

    private static final java.util.regex.Pattern IF_MATCH = java.util.regex.Pattern.compile("(?:W/)?\"?([0-9]{1,18})\"?");

    static Long ifMatch(String header) {
        if (header == null) {
            return null;
        }
        // ASCII digits only: Long.parseLong would also read Arabic-Indic or full-width digits as a version
        java.util.regex.Matcher version = IF_MATCH.matcher(header.trim());
        if (!version.matches()) {
            throw ProblemException.badRequest("If-Match", "the version number of the record, e.g. \"3\"");
        }
        return Long.parseLong(version.group(1));
    }
}
