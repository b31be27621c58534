package id.kinerja.reporting.findings.narrative;

/** One stored narrative text: whose it is (indicator), which part (pendorong, penghambat, solusi), the record. */
public record Narrative(String indicatorCode, String field, String record, String text) {
}
