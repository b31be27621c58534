package id.kinerja.realisation.evidence;

import id.kinerja.commons.problem.ProblemException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Against a stand-in daemon that speaks clamd's INSTREAM protocol and flags the EICAR test string. */
class ClamdScannerTest {

    static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    ServerSocket daemon;
    Thread serving;

    @BeforeEach
    void start() throws IOException {
        daemon = new ServerSocket(0);
        serving = new Thread(() -> {
            while (!daemon.isClosed()) {
                try (Socket client = daemon.accept()) {
                    answer(client);
                } catch (IOException e) {
                    return;
                }
            }
        });
        serving.setDaemon(true);
        serving.start();
    }

    @AfterEach
    void stop() throws IOException {
        daemon.close();
    }

    static void answer(Socket client) throws IOException {
        DataInputStream in = new DataInputStream(client.getInputStream());
        byte[] command = new byte["zINSTREAM\0".length()];
        in.readFully(command);
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        for (int length = in.readInt(); length > 0; length = in.readInt()) {
            received.write(in.readNBytes(length));
        }
        String content = received.toString(StandardCharsets.ISO_8859_1);
        OutputStream out = client.getOutputStream();
        String reply = !new String(command, StandardCharsets.US_ASCII).equals("zINSTREAM\0") ? "UNKNOWN COMMAND"
                : content.contains("EICAR") ? "stream: Eicar-Test-Signature FOUND" : "stream: OK";
        out.write((reply + "\0").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Test
    void cleanFilesPassAndTheTestSignatureIsNamed() {
        ClamdScanner scanner = new ClamdScanner("127.0.0.1", daemon.getLocalPort(), Duration.ofSeconds(5));
        byte[] big = new byte[200_000]; // several INSTREAM chunks
        assertThat(scanner.scan(big).clean()).isTrue();
        EvidenceScanner.Verdict infected = scanner.scan(("%PDF-1.4 " + EICAR).getBytes(StandardCharsets.ISO_8859_1));
        assertThat(infected.clean()).isFalse();
        assertThat(infected.reason()).isEqualTo("Eicar-Test-Signature");
    }

    @Test
    void anUnreachableScannerFailsTheUploadWith503() throws IOException {
        int port = daemon.getLocalPort();
        daemon.close();
        ClamdScanner scanner = new ClamdScanner("127.0.0.1", port, Duration.ofSeconds(2));
        assertThatThrownBy(() -> scanner.scan(new byte[10])).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(503));
    }
}
