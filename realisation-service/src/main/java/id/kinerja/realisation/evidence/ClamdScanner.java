package id.kinerja.realisation.evidence;

import id.kinerja.commons.problem.ProblemException;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Scans with a ClamAV daemon over its {@code INSTREAM} protocol (chunks prefixed by their length, a zero length
 * ends the stream, the answer is {@code stream: OK} or {@code stream: <signature> FOUND}). A daemon that cannot
 * be reached or answers an error fails the upload with a 503 (retry later): an unscanned file is not stored.
 */
final class ClamdScanner implements EvidenceScanner {

    private static final int CHUNK = 64 * 1024;

    private final String host;
    private final int port;
    private final Duration timeout;

    ClamdScanner(String host, int port, Duration timeout) {
        this.host = host;
        this.port = port;
        this.timeout = timeout;
    }

    @Override
    public Verdict scan(byte[] content) {
        String reply;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            for (int offset = 0; offset < content.length; offset += CHUNK) {
                int length = Math.min(CHUNK, content.length - offset);
                out.writeInt(length);
                out.write(content, offset, length);
            }
            out.writeInt(0);
            out.flush();
            reply = readReply(socket.getInputStream());
        } catch (IOException e) {
            throw unavailable("the virus scanner at " + host + ":" + port + " cannot be reached: " + e.getMessage());
        }
        if (reply.endsWith("OK")) {
            return Verdict.CLEAN;
        }
        if (reply.endsWith("FOUND")) {
            return Verdict.infected(reply.replaceFirst("^stream: ", "").replaceFirst(" FOUND$", ""));
        }
        throw unavailable("the virus scanner answered: " + reply);
    }

    private static String readReply(InputStream in) throws IOException {
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        for (int b = in.read(); b > 0; b = in.read()) {
            reply.write(b);
        }
        return reply.toString(StandardCharsets.US_ASCII).trim();
    }

    /** Not a client mistake: the upload may be retried. */
    private static ProblemException unavailable(String detail) {
        return new ProblemException(503, "Service Unavailable", detail, List.of());
    }
}
