package id.kinerja.realisation.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.kinerja.commons.security.Caller;
import id.kinerja.events.EventCodec;
import id.kinerja.events.Uuids;
import id.kinerja.realisation.service.RowReader;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code import_job} table: plain JDBC, each call its own statement or local transaction, except
 * {@link #complete} which joins the import's transaction (inside JTA the pool hands out the enlisted connection).
 */
@ApplicationScoped
public class JobStore {

    static final String COLUMNS = "id, tenant, kind, state, dry_run, atomic, body_bytes, rows_read, rows_accepted,"
            + " rows_rejected, attempts, submitted_by, created_at, started_at, finished_at, result_status, replayed,"
            + " result";

    @Inject
    AgroalDataSource db;

    /**
     * A new job in state {@code receiving}, unless the tenant already has {@code limit} jobs receiving, queued or
     * running: counted under a per-tenant advisory lock, so two pods cannot both take the last place.
     */
    public UUID create(JobRequest r, int limit) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
                    lock.setString(1, "import-jobs|" + r.tenant());
                    lock.execute();
                }
                try (PreparedStatement count = c.prepareStatement("SELECT count(*) FROM import_job WHERE tenant = ?"
                        + " AND state IN ('receiving', 'queued', 'running')")) {
                    count.setString(1, r.tenant());
                    try (ResultSet rs = count.executeQuery()) {
                        rs.next();
                        if (rs.getInt(1) >= limit) {
                            c.rollback();
                            return null;
                        }
                    }
                }
                UUID id = Uuids.v7();
                try (PreparedStatement insert = c.prepareStatement("""
                        INSERT INTO import_job (id, tenant, kind, state, content_type, dry_run, atomic, number_format,
                            delimiter, idempotency_key, operation, caller, submitted_by, created_at, heartbeat_at)
                        VALUES (?, ?, ?, 'receiving', ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), now())""")) {
                    insert.setObject(1, id);
                    insert.setString(2, r.tenant());
                    insert.setString(3, r.kind().path());
                    insert.setString(4, r.contentType());
                    insert.setBoolean(5, r.dryRun());
                    insert.setBoolean(6, r.atomic());
                    insert.setString(7, r.format().name());
                    insert.setString(8, String.valueOf(r.delimiter()));
                    insert.setString(9, r.idempotencyKey());
                    insert.setString(10, r.operation());
                    insert.setString(11, json(r.caller()));
                    insert.setString(12, r.submittedBy());
                    insert.executeUpdate();
                }
                c.commit();
                return id;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    public void appendPart(UUID job, int seq, byte[] data, int length) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO import_job_part (job_id, seq, data) VALUES (?, ?, ?)");
             PreparedStatement beat = c.prepareStatement("UPDATE import_job SET heartbeat_at = now() WHERE id = ?")) {
            insert.setObject(1, job);
            insert.setInt(2, seq);
            insert.setBinaryStream(3, new java.io.ByteArrayInputStream(data, 0, length), length);
            insert.executeUpdate();
            beat.setObject(1, job);
            beat.executeUpdate();
        }
    }

    /** The whole body is stored: a worker may take the job. */
    public void queue(UUID job, String requestHash, long bytes) throws SQLException {
        update("UPDATE import_job SET state = 'queued', request_hash = ?, body_bytes = ?, heartbeat_at = now()"
                + " WHERE id = ?", requestHash, bytes, job);
    }

    /** The upload failed before the body was complete: nothing to run. */
    public void abandon(UUID job) throws SQLException {
        update("DELETE FROM import_job WHERE id = ?", job);
    }

    /** The oldest queued job of any tenant, now running here; none: null. Pods skip each other's claims. */
    ClaimedJob claim(String owner) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement claim = c.prepareStatement("""
                UPDATE import_job SET state = 'running', owner = ?, attempts = attempts + 1, started_at = now(),
                    heartbeat_at = now(), rows_read = 0, rows_accepted = 0, rows_rejected = 0
                WHERE id = (SELECT id FROM import_job WHERE state = 'queued' ORDER BY created_at
                            FOR UPDATE SKIP LOCKED LIMIT 1)
                RETURNING id, kind, tenant, dry_run, atomic, number_format, delimiter, content_type, idempotency_key,
                    operation, caller, submitted_by, request_hash, attempts""")) {
            claim.setString(1, owner);
            try (ResultSet rs = claim.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                JobRequest request = new JobRequest(PushKind.ofPath(rs.getString(2)), rs.getString(3),
                        rs.getBoolean(4), rs.getBoolean(5), RowReader.NumberFormat.valueOf(rs.getString(6)),
                        rs.getString(7).charAt(0), rs.getString(8), rs.getString(9), rs.getString(10),
                        identity(rs.getString(11)), rs.getString(12));
                return new ClaimedJob(rs.getObject(1, UUID.class), request, rs.getString(13), rs.getInt(14));
            }
        }
    }

    void progress(UUID job, int read, int accepted, int rejected) throws SQLException {
        update("UPDATE import_job SET rows_read = ?, rows_accepted = ?, rows_rejected = ?, heartbeat_at = now()"
                + " WHERE id = ? AND state = 'running'", read, accepted, rejected, job);
    }

    void heartbeat(Collection<UUID> jobs) throws SQLException {
        if (!jobs.isEmpty()) {
            try (Connection c = db.getConnection(); PreparedStatement beat = c.prepareStatement(
                    "UPDATE import_job SET heartbeat_at = now() WHERE id = ANY (?) AND state = 'running'")) {
                beat.setArray(1, c.createArrayOf("uuid", jobs.toArray()));
                beat.executeUpdate();
            }
        }
    }

    /** The job's outcome and final counts; its body is no longer needed. In the caller's transaction, if any. */
    void complete(UUID job, String state, int status, boolean replayed, String result, int read, int accepted,
                  int rejected) throws SQLException {
        update("DELETE FROM import_job_part WHERE job_id = ?", job);
        update("UPDATE import_job SET state = ?, result_status = ?, replayed = ?, result = ?, rows_read = ?,"
                        + " rows_accepted = ?, rows_rejected = ?, finished_at = now(), heartbeat_at = now() WHERE id = ?",
                state, status, replayed, result, read, accepted, rejected, job);
    }

    /** The problem the synchronous push would have answered; the counts stay as far as the job came. */
    void fail(UUID job, int status, String problem) throws SQLException {
        update("DELETE FROM import_job_part WHERE job_id = ?", job);
        update("UPDATE import_job SET state = 'failed', result_status = ?, replayed = false, result = ?,"
                + " finished_at = now(), heartbeat_at = now() WHERE id = ?", status, problem, job);
    }

    /**
     * Jobs whose pod stopped beating since {@code stale}: a running one goes back to the queue to run again from the
     * start (its import is one transaction that never committed), up to {@code maxAttempts}; then, and for an upload
     * cut off, failed with the reason. Returns [requeued, failed].
     */
    int[] recover(Instant stale, int maxAttempts, String interrupted, String uploadCut) throws SQLException {
        Timestamp before = Timestamp.from(stale);
        int requeued = update("UPDATE import_job SET state = 'queued', owner = NULL WHERE state = 'running'"
                + " AND heartbeat_at < ? AND attempts < ?", before, maxAttempts);
        List<UUID> failed = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement fail = c.prepareStatement("""
                UPDATE import_job SET state = 'failed', result_status = 500, replayed = false,
                    result = CASE state WHEN 'running' THEN ? ELSE ? END, finished_at = now()
                WHERE state IN ('running', 'receiving') AND heartbeat_at < ? RETURNING id""")) {
            fail.setString(1, interrupted);
            fail.setString(2, uploadCut);
            fail.setTimestamp(3, before);
            try (ResultSet rs = fail.executeQuery()) {
                while (rs.next()) {
                    failed.add(rs.getObject(1, UUID.class));
                }
            }
        }
        for (UUID id : failed) {
            update("DELETE FROM import_job_part WHERE job_id = ?", id);
        }
        return new int[]{requeued, failed.size()};
    }

    public Optional<ImportJob> find(String tenant, UUID id) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement find = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM import_job WHERE tenant = ? AND id = ?")) {
            find.setString(1, tenant);
            find.setObject(2, id);
            try (ResultSet rs = find.executeQuery()) {
                return rs.next() ? Optional.of(ImportJob.of(rs)) : Optional.empty();
            }
        }
    }

    /** Finished jobs older than {@code before}. */
    int purge(Instant before) throws SQLException {
        return update("DELETE FROM import_job WHERE state IN ('done', 'failed') AND created_at < ?",
                Timestamp.from(before));
    }

    private int update(String sql, Object... parameters) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    static String json(Object value) {
        try {
            return EventCodec.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Caller.Identity identity(String json) {
        try {
            return EventCodec.mapper().readValue(json, Caller.Identity.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable caller of an import job", e);
        }
    }
}
