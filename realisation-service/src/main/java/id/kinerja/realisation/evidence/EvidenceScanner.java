package id.kinerja.realisation.evidence;

/**
 * The virus-scan hook: every file passes here before it is stored. The default admits everything; a deployment
 * points {@code kinerja.evidence.clamd.host} at a ClamAV daemon ({@link ClamdScanner}) or provides its own bean.
 */
public interface EvidenceScanner {

    /** Clean, or the reason the file is refused (e.g. the signature name). */
    record Verdict(boolean clean, String reason) {
        public static final Verdict CLEAN = new Verdict(true, null);

        public static Verdict infected(String reason) {
            return new Verdict(false, reason);
        }
    }

    Verdict scan(byte[] content);
}
