package id.kinerja.realisation.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a file really is, from its first bytes (and, for Office files, the parts inside the ZIP), never from the
 * name or the declared type: a renamed executable must not pass as a PDF. Only the allowed kinds are known.
 */
final class ContentSniffer {

    static final String PDF = "application/pdf";
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private ContentSniffer() {
    }

    /** The allowed type the bytes are, or empty when they are none of them. */
    static Optional<String> sniff(byte[] bytes) {
        if (startsWith(bytes, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        if (startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 'P', 'K', 0x03, 0x04)) {
            return office(bytes);
        }
        return Optional.empty();
    }

    /** An OOXML package names its main part: {@code xl/workbook.xml} or {@code word/document.xml}. */
    private static Optional<String> office(byte[] bytes) {
        boolean contentTypes = false;
        String kind = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                contentTypes |= name.equals("[Content_Types].xml");
                if (name.equals("xl/workbook.xml")) {
                    kind = XLSX;
                } else if (name.equals("word/document.xml")) {
                    kind = DOCX;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return contentTypes ? Optional.ofNullable(kind) : Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
