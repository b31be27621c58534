package id.kinerja.realisation.evidence;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ContentSnifferTest {

    static byte[] zip(String... entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] bytes(int... values) {
        byte[] b = new byte[values.length + 16];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> cases() {
        return Stream.of(
                arguments("PDF", "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1), ContentSniffer.PDF),
                arguments("PNG", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A), ContentSniffer.PNG),
                arguments("JPEG", bytes(0xFF, 0xD8, 0xFF, 0xE0), ContentSniffer.JPEG),
                arguments("XLSX", zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml"), ContentSniffer.XLSX),
                arguments("DOCX", zip("[Content_Types].xml", "word/document.xml"), ContentSniffer.DOCX),
                arguments("a plain ZIP", zip("data.csv"), null),
                arguments("a ZIP naming a workbook without content types", zip("xl/workbook.xml"), null),
                arguments("a Windows executable", bytes('M', 'Z', 0x90, 0x00), null),
                arguments("text called .pdf", "hello, %PDF-".getBytes(StandardCharsets.UTF_8), null),
                arguments("HTML", "<html><script>".getBytes(StandardCharsets.UTF_8), null),
                arguments("a truncated ZIP", new byte[]{'P', 'K', 3, 4, 1}, null),
                arguments("two bytes", new byte[]{'%', 'P'}, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theKindIsReadFromTheContentOnly(String label, byte[] content, String expected) {
        assertThat(ContentSniffer.sniff(content)).isEqualTo(Optional.ofNullable(expected));
    }
}
