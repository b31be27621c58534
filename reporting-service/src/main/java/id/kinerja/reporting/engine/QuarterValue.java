package id.kinerja.reporting.engine;

import java.math.BigDecimal;

/** A realised value of one quarter, with numerator and denominator where the indicator is a ratio. */
public record QuarterValue(int quarter, BigDecimal value, BigDecimal numerator, BigDecimal denominator) {
}
