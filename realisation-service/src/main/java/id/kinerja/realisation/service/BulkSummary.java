package id.kinerja.realisation.service;

import java.util.List;

/** DHIS2-style import summary of a push: counts and the rejected rows with their row numbers. */
public record BulkSummary(String status, boolean dryRun, boolean atomic, Counts importCount, List<RowError> conflicts) {

    public record Counts(int created, int updated, int unchanged, int rejected) {
    }
}
