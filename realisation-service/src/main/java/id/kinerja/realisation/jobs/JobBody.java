package id.kinerja.realisation.jobs;

import io.agroal.api.AgroalDataSource;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** A job's stored body read part by part (1 MB each), so a worker never holds more of it than the parser asks for. */
final class JobBody extends InputStream {

    private final AgroalDataSource db;
    private final UUID job;
    private int seq;
    private byte[] part = new byte[0];
    private int at;
    private boolean end;

    JobBody(AgroalDataSource db, UUID job) {
        this.db = db;
        this.job = job;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int off, int len) throws IOException {
        while (at == part.length) {
            if (end || !next()) {
                end = true;
                return -1;
            }
        }
        int n = Math.min(len, part.length - at);
        System.arraycopy(part, at, into, off, n);
        at += n;
        return n;
    }

    private boolean next() throws IOException {
        try (Connection c = db.getConnection(); PreparedStatement read = c.prepareStatement(
                "SELECT data FROM import_job_part WHERE job_id = ? AND seq = ?")) {
            read.setObject(1, job);
            read.setInt(2, seq);
            try (ResultSet rs = read.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                part = rs.getBytes(1);
                at = 0;
                seq++;
                return true;
            }
        } catch (SQLException e) {
            throw new IOException("reading part " + seq + " of import job " + job, e);
        }
    }
}
