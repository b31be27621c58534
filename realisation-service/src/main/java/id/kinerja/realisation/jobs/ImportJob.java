package id.kinerja.realisation.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.commons.problem.Problem;
import id.kinerja.events.EventCodec;
import id.kinerja.realisation.service.BulkSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * A push accepted as a job, as {@code GET .../jobs/{id}} shows it: its state, the rows read, accepted and rejected
 * so far, and when it ends either the import summary the synchronous push would have answered ({@code done},
 * {@code httpStatus} 200) or the problem it would have answered ({@code failed}: 400, 403, 409, 422, 503, or 500
 * when the service stopped under it too often).
 */
@Schema(name = "ImportJob")
public record ImportJob(UUID id, String kind,
                        @Schema(enumeration = {"receiving", "queued", "running", "done", "failed"}) String state,
                        boolean dryRun, boolean atomic, long bodyBytes, int rowsRead, int rowsAccepted,
                        int rowsRejected, int attempts, String submittedBy, Instant submittedAt, Instant startedAt,
                        Instant finishedAt,
                        @Schema(description = "The status the synchronous push would have answered") Integer httpStatus,
                        @Schema(description = "The result was the replay of an earlier push with the same "
                                + "Idempotency-Key") Boolean replayed,
                        @Schema(implementation = BulkSummary.class, description = "When done") JsonNode summary,
                        @Schema(implementation = Problem.class, description = "When failed") JsonNode problem) {

    static ImportJob of(ResultSet rs) throws SQLException {
        String state = rs.getString("state");
        String result = rs.getString("result");
        JsonNode parsed = result == null ? null : tree(result);
        boolean done = "done".equals(state);
        Object replayed = rs.getObject("replayed");
        Object status = rs.getObject("result_status");
        return new ImportJob(rs.getObject("id", UUID.class), rs.getString("kind"), state, rs.getBoolean("dry_run"),
                rs.getBoolean("atomic"), rs.getLong("body_bytes"), rs.getInt("rows_read"), rs.getInt("rows_accepted"),
                rs.getInt("rows_rejected"), rs.getInt("attempts"), rs.getString("submitted_by"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")), status == null ? null : ((Number) status).intValue(),
                (Boolean) replayed, done ? parsed : null, done ? null : parsed);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static JsonNode tree(String json) {
        try {
            return EventCodec.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
