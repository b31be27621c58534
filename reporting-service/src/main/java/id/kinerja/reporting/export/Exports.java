package id.kinerja.reporting.export;

import id.kinerja.commons.problem.ProblemException;
import id.kinerja.spreadsheets.ExportFormat;
import id.kinerja.spreadsheets.Table;
import id.kinerja.spreadsheets.TableWriter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;

/**
 * A read endpoint's answer in the format asked for: its JSON as before, or the same stored figures as tables
 * in a workbook (a cover sheet with the figures version, then one sheet per table) or one table as CSV.
 */
public final class Exports {

    /** The {@code format} query parameter's description, for the OpenAPI document. */
    public static final String FORMAT = "json (default), xlsx (every table, with a cover sheet) or csv (one table: "
            + "?table=); or ask with the Accept header";
    public static final String TABLE = "with format=csv: the table (sheet name) to answer; the first when absent";

    private Exports() {
    }

    public static ExportFormat format(String format, String accept) {
        try {
            return ExportFormat.of(format, accept);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("format", e.getMessage());
        }
    }

    public static Response respond(ExportFormat format, Object json, String table, String filename,
                                   Supplier<TableWriter.Cover> cover, Supplier<List<Table>> tables) {
        if (format == ExportFormat.JSON) {
            return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
        }
        byte[] body;
        try {
            body = TableWriter.render(format, cover.get(), tables.get(), table);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("table", e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(body, format.mediaType()).header("Content-Disposition", "attachment; filename=\""
                + filename.replaceAll("[^A-Za-z0-9._-]", "_") + "." + format.name().toLowerCase() + "\"").build();
    }
}
