package id.kinerja.events.plan;

import java.math.BigDecimal;

/** A target or baseline: a number, or a category for qualitative indicators; {@code year} where it applies. */
public record TargetValue(Integer year, BigDecimal value, String category) {
}
