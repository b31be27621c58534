package id.kinerja.events.plan;

import java.math.BigDecimal;

/** A total as a document printed it; kept only to be compared with the computed total (a finding if they differ). */
public record ReportedTotal(BudgetVersion version, BigDecimal amount, String source) {
}
