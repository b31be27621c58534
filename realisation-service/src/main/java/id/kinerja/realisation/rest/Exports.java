package id.kinerja.realisation.rest;

import id.kinerja.commons.problem.ProblemException;
import id.kinerja.spreadsheets.ExportFormat;
import id.kinerja.spreadsheets.Table;
import id.kinerja.spreadsheets.TableWriter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/** A read endpoint's JSON, or the same answer's tables as XLSX or CSV (the shared writer of libs/spreadsheets). */
final class Exports {

    static final String FORMAT = "json (default), xlsx or csv; or ask with the Accept header";

    private Exports() {
    }

    static ExportFormat format(String format, String accept) {
        try {
            return ExportFormat.of(format, accept);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("format", e.getMessage());
        }
    }

    static Response respond(ExportFormat format, Object json, String title, String filename,
                            Supplier<List<Table>> tables) {
        if (format == ExportFormat.JSON) {
            return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
        }
        try {
            byte[] body = TableWriter.render(format, new TableWriter.Cover(title, null, Instant.now()), tables.get(),
                    null);
            return Response.ok(body, format.mediaType()).header("Content-Disposition", "attachment; filename=\""
                    + filename.replaceAll("[^A-Za-z0-9._-]", "_") + "." + format.name().toLowerCase() + "\"").build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
