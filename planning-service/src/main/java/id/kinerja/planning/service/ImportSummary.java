package id.kinerja.planning.service;


import java.util.List;
import java.util.Map;

/** DHIS2-style import summary: what was (or, in a dry run, would be) created, updated or left unchanged. */
public record ImportSummary(String status, boolean dryRun, Counts importCount, Map<String, Counts> byType,
                            List<Warning> warnings) {

    public record Counts(int created, int updated, int unchanged) {
        Counts add(Change change) {
            return switch (change) {
                case CREATED -> new Counts(created + 1, updated, unchanged);
                case UPDATED -> new Counts(created, updated + 1, unchanged);
                case UNCHANGED -> new Counts(created, updated, unchanged + 1);
            };
        }
    }
}
