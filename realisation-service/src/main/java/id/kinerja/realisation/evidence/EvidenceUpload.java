package id.kinerja.realisation.evidence;

import id.kinerja.commons.problem.Problem;
import id.kinerja.commons.problem.ProblemException;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An upload checked before anything is stored: a file name without paths or control characters, a body within
 * the size limit, content that really is one of the allowed kinds and agrees with the declared Content-Type.
 */
record EvidenceUpload(String fileName, String contentType, String description, byte[] content) {

    static final String ALLOWED = "PDF, PNG, JPEG, XLSX, DOCX";
    private static final Pattern BAD_NAME = Pattern.compile("[\\p{Cntrl}/\\\\]|^\\.+$");

    static EvidenceUpload read(String fileName, String declaredType, String description, InputStream body,
                               long maxSize) {
        if (fileName == null || fileName.isBlank()) {
            throw ProblemException.badRequest("fileName", "the file name is required (e.g. ?fileName=bukti.pdf)");
        }
        if (fileName.length() > 200 || BAD_NAME.matcher(fileName).find()) {
            throw ProblemException.badRequest("fileName",
                    "a plain file name of at most 200 characters, without folders or control characters");
        }
        if (description != null && description.length() > 1000) {
            throw ProblemException.badRequest("description", "at most 1000 characters");
        }
        byte[] content = bounded(body, maxSize);
        if (content.length == 0) {
            throw ProblemException.badRequest("body", "the file is empty");
        }
        String sniffed = ContentSniffer.sniff(content).orElseThrow(() -> unsupported(
                "the content is none of the allowed kinds (" + ALLOWED + ")"));
        String declared = declaredType == null ? "" : declaredType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!declared.isEmpty() && !declared.equals("application/octet-stream") && !declared.equals(sniffed)) {
            throw unsupported("declared as " + declared + " but the content is " + sniffed);
        }
        return new EvidenceUpload(fileName.strip(), sniffed, description, content);
    }

    private static byte[] bounded(InputStream body, long maxSize) {
        try {
            byte[] content = body == null ? new byte[0] : body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxSize + 1));
            if (content.length > maxSize) {
                throw new ProblemException(413, "Payload Too Large", "a file may have at most " + maxSize + " bytes",
                        List.of(new Problem.FieldError("body", "larger than " + maxSize + " bytes")));
            }
            return content;
        } catch (IOException e) {
            throw ProblemException.badRequest("body", "the file could not be read: " + e.getMessage());
        }
    }

    private static ProblemException unsupported(String detail) {
        return new ProblemException(415, "Unsupported Media Type", detail,
                List.of(new Problem.FieldError("Content-Type", detail + "; allowed: " + ALLOWED)));
    }
}
