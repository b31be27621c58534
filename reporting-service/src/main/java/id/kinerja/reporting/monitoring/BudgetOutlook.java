package id.kinerja.reporting.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An agency-year's projected budget absorption from its spending pace: the spending through the latest quarter
 * divided by the share of a year's spending that earlier years had spent by the same quarter (their mean; the
 * range from the smallest and largest share), else an even pace with the range unknown. {@code neededAbsorption}
 * is the absorption the same quarter of earlier years reached on their way (mean share × 100; else 25 % a
 * quarter), the pace the early warning compares with. Pure.
 */
public record BudgetOutlook(BigDecimal pagu, Integer throughQuarter, BigDecimal spent, BigDecimal absorption,
                            BigDecimal neededAbsorption, BigDecimal projectedAbsorption, BigDecimal low,
                            BigDecimal high, String rangeBasis, String rangeUnknown, String method,
                            String notComputable) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int SCALE = 10;

    /** {@code spentByQuarter}: spending in each quarter (not cumulative), this year and earlier years. */
    public static BudgetOutlook of(BigDecimal pagu, SortedMap<Integer, BigDecimal> spentByQuarter,
                                   Map<Integer, SortedMap<Integer, BigDecimal>> earlierYears) {
        if (pagu == null || pagu.signum() == 0) {
            return new BudgetOutlook(pagu, null, null, null, null, null, null, null, null, null, null,
                    "no pagu: absorption is undefined");
        }
        if (spentByQuarter.isEmpty()) {
            return new BudgetOutlook(pagu, null, null, null, null, null, null, null, null, null, null,
                    "no spending reported yet");
        }
        int k = spentByQuarter.lastKey();
        BigDecimal spent = spentByQuarter.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BigDecimal> shares = new ArrayList<>();
        List<Integer> basis = new ArrayList<>();
        for (Map.Entry<Integer, SortedMap<Integer, BigDecimal>> e : new TreeMap<>(earlierYears).entrySet()) {
            BigDecimal total = e.getValue().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal byK = e.getValue().headMap(k + 1).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (e.getValue().containsKey(4) && total.signum() > 0 && byK.signum() > 0) {
                shares.add(byK.divide(total, SCALE, RoundingMode.HALF_EVEN));
                basis.add(e.getKey());
            }
        }
        BigDecimal absorption = pct(spent, pagu);
        if (shares.isEmpty() || k == 4) {
            BigDecimal projected = spent.multiply(BigDecimal.valueOf(4)).divide(BigDecimal.valueOf(k), SCALE,
                    RoundingMode.HALF_EVEN);
            BigDecimal needed = BigDecimal.valueOf(25L * k);
            return new BudgetOutlook(pagu, k, norm(spent), norm(absorption), needed, norm(pct(projected, pagu)),
                    k == 4 ? norm(absorption) : null, k == 4 ? norm(absorption) : null,
                    k == 4 ? "the year is fully reported" : null,
                    k == 4 ? null : "no earlier year with spending through Q4: the range is unknown",
                    "spending at an even pace: " + plain(spent) + " × 4 / " + k, null);
        }
        BigDecimal mean = shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(shares.size()), SCALE, RoundingMode.HALF_EVEN);
        BigDecimal min = shares.stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal max = shares.stream().max(BigDecimal::compareTo).orElseThrow();
        BigDecimal projected = spent.divide(mean, SCALE, RoundingMode.HALF_EVEN);
        return new BudgetOutlook(pagu, k, norm(spent), norm(absorption), norm(mean.multiply(HUNDRED)),
                norm(pct(projected, pagu)), norm(pct(spent.divide(max, SCALE, RoundingMode.HALF_EVEN), pagu)),
                norm(pct(spent.divide(min, SCALE, RoundingMode.HALF_EVEN), pagu)),
                "share of the year's spending reached by Q" + k + " in " + basis,
                null, "spending through Q" + k + " / mean share by Q" + k + " in earlier years: " + plain(spent)
                + " / " + plain(mean), null);
    }

    private static BigDecimal pct(BigDecimal amount, BigDecimal pagu) {
        return amount.multiply(HUNDRED).divide(pagu, SCALE, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal norm(BigDecimal v) {
        return YearEndProjection.norm(v);
    }

    private static String plain(BigDecimal v) {
        return norm(v).toPlainString();
    }
}
