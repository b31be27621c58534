package id.kinerja.realisation.service;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Incoming values compare at the scale their column stores (issue 15: 1.000000000001 made a version each time). */
class DecimalsTest {

    @Test
    void valuesAreComparedAsTheColumnStoresThem() {
        assertThat(Decimals.stored(new BigDecimal("1.000000000001"), 10)).isEqualTo(new BigDecimal("1"));
        assertThat(Decimals.stored(new BigDecimal("1.00000000005"), 10)).isEqualTo(new BigDecimal("1.0000000001"));
        assertThat(Decimals.stored(new BigDecimal("-2500.005"), Decimals.AMOUNT_SCALE)).isEqualTo(new BigDecimal("-2500.01"));
        assertThat(Decimals.stored(new BigDecimal("12.50"), Decimals.AMOUNT_SCALE)).isEqualTo(new BigDecimal("12.5"));
        assertThat(Decimals.stored(new BigDecimal("1E-1000000"), 10)).isEqualTo(BigDecimal.ZERO);
        assertThat(Decimals.stored(new BigDecimal("1E+5"), 10)).isEqualTo(new BigDecimal("100000"));
        assertThat(Decimals.stored(null, 10)).isNull();
    }
}
