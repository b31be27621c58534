package id.kinerja.reporting.engine;

import id.kinerja.events.plan.PredicateScale;

import java.math.BigDecimal;
import java.util.Optional;

/** The predicate (predikat) of a capaian under a tenant's scale; scales are validated when they are set. */
public final class Predicates {

    private Predicates() {
    }

    public static Optional<String> classify(PredicateScale scale, BigDecimal value) {
        if (scale == null || value == null) {
            return Optional.empty();
        }
        return scale.bands().stream().filter(b -> contains(b, value)).map(PredicateScale.Band::label).findFirst();
    }

    static boolean contains(PredicateScale.Band band, BigDecimal value) {
        if (band.lower() != null) {
            int c = value.compareTo(band.lower());
            if (c < 0 || (c == 0 && !band.lowerInclusive())) {
                return false;
            }
        }
        if (band.upper() != null) {
            int c = value.compareTo(band.upper());
            return c < 0 || (c == 0 && band.upperInclusive());
        }
        return true;
    }
}
