package id.kinerja.reporting.document.prose;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The agency's own text for its LKjIP at one version: null fields print the generated default. {@code version}
 * 0: nothing was ever written.
 */
public record Prose(int version, String kataPengantar, String ikhtisarEksekutif, String konteksStrategis,
                    String penutup, String updatedBy, Instant updatedAt) {

    public static final Prose NONE = new Prose(0, null, null, null, null, null, null);

    /** Plain text as paragraphs: split at blank lines, whitespace inside a paragraph folded. */
    public static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.replace("\r\n", "\n").split("\n\\s*\n")).map(p -> p.strip().replaceAll("\\s+", " "))
                .filter(p -> !p.isEmpty()).toList();
    }
}
