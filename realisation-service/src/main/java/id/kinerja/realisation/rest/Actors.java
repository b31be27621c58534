package id.kinerja.realisation.rest;

/**
 * Who made a change, for the audit trail. Until authentication lands (JWT, issue 8) the caller names
 * itself in the {@code X-Kinerja-Actor} header; anonymous calls are recorded as "anonymous".
 */
final class Actors {

    static final String HEADER = "X-Kinerja-Actor";

    private Actors() {
    }

    static String of(String header) {
        if (header == null || header.isBlank()) {
            return "anonymous";
        }
        return header.length() > 255 ? header.substring(0, 255) : header.trim();
    }
}
