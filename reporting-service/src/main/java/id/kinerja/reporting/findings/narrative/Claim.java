package id.kinerja.reporting.findings.narrative;

import java.math.BigDecimal;

/**
 * One thing a narrative sentence states. Figures ({@link Kind#PERCENT}, {@link Kind#RUPIAH}, {@link Kind#COUNT})
 * carry a value (a range when {@code high} is set) with the precision it was written with, the role the
 * sentence gives it (realisation, capaian, target...) and the year it speaks of (null: the report year);
 * statements carry a word (the predicate phrase, or the trend, achievement or "not spent" wording).
 */
public record Claim(Kind kind, Role role, BigDecimal value, BigDecimal high, BigDecimal precision, String unit,
                    Integer year, Integer comparedYear, String word, String sentence) {

    public enum Kind { PERCENT, RUPIAH, COUNT, PREDICATE, ACHIEVED, NOT_ACHIEVED, EXCEEDED, INCREASED, DECREASED,
        NOT_SPENT }

    /** What a figure is said to be; {@code CHANGE}: a difference between years, not compared. */
    public enum Role { REALISATION, CAPAIAN, TARGET, END_TARGET, PAGU, ABSORPTION, CHANGE, UNKNOWN }

    public boolean isFigure() {
        return kind == Kind.PERCENT || kind == Kind.RUPIAH || kind == Kind.COUNT;
    }

    /** The figure as the sentence writes it: 72.8, 70-80. */
    public String quoted() {
        String low = value.stripTrailingZeros().toPlainString();
        return high == null ? low : low + "-" + high.stripTrailingZeros().toPlainString();
    }
}
