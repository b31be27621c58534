package id.kinerja.reporting.findings.narrative;

import java.math.BigDecimal;

/**
 * Whether a quoted figure agrees with a computed one: the computed value rounds to the quoted one at the
 * precision the sentence wrote (72,8 % agrees with 72,84 %, Rp3,9 miliar with 3.933.915.154), or lies in
 * the quoted range (widened by the same half unit).
 */
public final class Tolerance {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private Tolerance() {
    }

    public static boolean agrees(Claim claim, BigDecimal computed) {
        BigDecimal slack = claim.precision().multiply(HALF);
        BigDecimal low = claim.value().subtract(slack);
        BigDecimal high = (claim.high() == null ? claim.value() : claim.high()).add(slack);
        return computed.compareTo(low) >= 0 && computed.compareTo(high) <= 0;
    }
}
