package id.kinerja.commons.input;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class ParameterValuesTest {

    enum Format { PLAIN, ID }

    @Test
    void flagsNumbersAndEnumsAreReadStrictlyEnumsInAnyCase() {
        Object[][] table = {
                // type, value, accepted
                {boolean.class, "true", true}, {Boolean.class, "false", true},
                {boolean.class, "ture", false}, {boolean.class, "no", false}, {boolean.class, "1", false},
                {boolean.class, "TRUE", false}, {boolean.class, "", false},
                {int.class, "2024", true}, {Integer.class, "-3", true},
                {int.class, "\u0662\u0660\u0662\u0664", false}, {int.class, "\uff12\uff10\uff12\uff14", false},
                {int.class, "2024.0", false}, {int.class, "1e3", false}, {int.class, "+2024", false},
                {int.class, "99999999999", false}, {short.class, "40000", false}, {long.class, "99999999999", true},
                {BigDecimal.class, "12.5", true}, {BigDecimal.class, "1e400", false},
                {Format.class, "ID", true}, {Format.class, "id", true}, {Format.class, "Plain", true},
                {Format.class, "\u0131d", false}, {Format.class, "XX", false}, {Format.class, "", false},
                {String.class, "\u0662\u0660\u0662\u0664", true},
        };
        for (Object[] row : table) {
            assertThat(ParameterValues.violation((Class<?>) row[0], (String) row[1]) == null)
                    .as(row[0] + " " + row[1]).isEqualTo(row[2]);
        }
    }

    @Test
    void codesInPathsHaveTheirFormat() {
        assertThat(ParameterValues.pathCode("tenant", "kota-dumai")).isNull();
        assertThat(ParameterValues.pathCode("tenant", "k\u043eta-dumai")).isNotNull(); // Cyrillic о
        assertThat(ParameterValues.pathCode("tenant", "Kota-Dumai")).isNotNull();
        assertThat(ParameterValues.pathCode("agency", "DISNAKER")).isNull();
        assertThat(ParameterValues.pathCode("code", "2.07.03.2.01.0001")).isNull();
        assertThat(ParameterValues.pathCode("agency", "D\u0406SNAKER")).isNotNull(); // Cyrillic І
        assertThat(ParameterValues.pathCode("agency", "D".repeat(65))).isNotNull();
        assertThat(ParameterValues.pathCode("province", "Riau Kepulauan")).isNull();
    }
}
