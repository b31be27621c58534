package id.kinerja.reporting.document;

import id.kinerja.commons.problem.ProblemException;

/** A document's file format and its media type. */
public enum Format {
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    public final String mediaType;

    Format(String mediaType) {
        this.mediaType = mediaType;
    }

    public String extension() {
        return name().toLowerCase();
    }

    /** The {@code format} query parameter: {@code pdf} (default) or {@code docx}. */
    public static Format parse(String format) {
        if (format == null || format.isEmpty()) {
            return PDF;
        }
        return switch (format) {
            case "pdf" -> PDF;
            case "docx" -> DOCX;
            default -> throw ProblemException.badRequest("format", "pdf or docx");
        };
    }

    public byte[] write(Doc doc) {
        return this == PDF ? PdfWriter.write(doc) : DocxWriter.write(doc);
    }
}
