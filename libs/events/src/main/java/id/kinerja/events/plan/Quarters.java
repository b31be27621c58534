package id.kinerja.events.plan;

import java.math.BigDecimal;

/** Quarterly (triwulan) values TW I-IV; a null quarter has no target. */
public record Quarters(BigDecimal q1, BigDecimal q2, BigDecimal q3, BigDecimal q4) {
}
