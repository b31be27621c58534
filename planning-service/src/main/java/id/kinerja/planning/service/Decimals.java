package id.kinerja.planning.service;

import java.math.BigDecimal;

/** Numbers are compared by value: 10, 10.0 and 10.00 are one target. */
final class Decimals {

    private Decimals() {
    }

    static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
