package id.kinerja.events.plan;

import java.math.BigDecimal;

/** Budget ceiling of a leaf node in one budget version, optionally split into belanja operasi and modal. */
public record Pagu(BudgetVersion version, BigDecimal amount, BigDecimal belanjaOperasi, BigDecimal belanjaModal) {
}
