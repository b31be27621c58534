package id.kinerja.reporting.publish;

import java.time.Instant;

/** An agency-year LKjIP published at a figures version: who published it and when. */
public record Publication(String tenant, String agency, int year, long version, String publishedBy,
                          Instant publishedAt) {
}
