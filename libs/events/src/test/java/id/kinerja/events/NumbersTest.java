package id.kinerja.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NumbersTest {

    @Test
    void equalAmountsNormaliseToOnePlainValue() {
        assertThat(Numbers.norm(new BigDecimal("10.00")).toString()).isEqualTo("10");
        assertThat(Numbers.norm(new BigDecimal("1E+3")).toString()).isEqualTo("1000");
        assertThat(Numbers.norm(new BigDecimal("0.000")).toString()).isEqualTo("0");
        assertThat(Numbers.norm(new BigDecimal("-12.3400")).toString()).isEqualTo("-12.34");
        assertThat(Numbers.norm(null)).isNull();
    }

    /** Issue 15 item 1: 1e1000000 used to be expanded into a million digits, for minutes of CPU. */
    @Test
    @Timeout(5)
    void hugeAndTinyExponentsAreRefusedInsteadOfExpanded() {
        assertThatThrownBy(() -> Numbers.norm(new BigDecimal("1e1000000"))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Numbers.norm(new BigDecimal("-1e400"))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Numbers.norm(new BigDecimal("1e-1000000"))).isInstanceOf(ArithmeticException.class);
        assertThat(Numbers.norm(new BigDecimal("1e99")).toPlainString()).hasSize(100);
    }
}
