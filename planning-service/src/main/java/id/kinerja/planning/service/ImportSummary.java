package id.kinerja.planning.service;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * DHIS2-style import summary: what was (or, in a dry run, would be) created, updated or left unchanged, and the
 * tenant's plan version once the import is stored (none for a dry run, which stores nothing).
 */
public record ImportSummary(String status, boolean dryRun, Counts importCount, Map<String, Counts> byType,
                            List<Warning> warnings,
                            @Schema(description = "The tenant's plan version including this import (absent for a "
                                    + "dry run); pass it as ?planVersion= on a realisation push so the push waits "
                                    + "until realisation-service has this plan", example = "42") Long planVersion) {

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
