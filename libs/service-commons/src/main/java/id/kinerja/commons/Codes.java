package id.kinerja.commons;

/** Formats of the identifiers people type into URLs and documents. */
public final class Codes {

    /** A tenant (pemda) code: lower-case words joined by hyphens, e.g. {@code kota-dumai}. */
    public static final String TENANT = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /** An agency or other business code: letters, digits, dot, underscore and hyphen. */
    public static final String CODE = "^[A-Za-z0-9][A-Za-z0-9._-]*$";

    private Codes() {
    }
}
