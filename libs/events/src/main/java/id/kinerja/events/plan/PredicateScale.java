package id.kinerja.events.plan;

import java.math.BigDecimal;
import java.util.List;

/**
 * A predicate (predikat) scale as data: ordered bands with explicit inclusive/exclusive bounds.
 * A null lower bound is minus infinity, a null upper bound plus infinity (so an open top band covers
 * capaian above 100).
 */
public record PredicateScale(String code, String name, List<Band> bands) {

    public record Band(String label, BigDecimal lower, boolean lowerInclusive, BigDecimal upper,
                       boolean upperInclusive) {
    }
}
