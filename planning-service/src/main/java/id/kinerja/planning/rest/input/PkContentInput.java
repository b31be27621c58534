package id.kinerja.planning.rest.input;

import jakarta.validation.constraints.Pattern;
import id.kinerja.commons.Codes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/** The indicators with the year's targets, and the budget the PK covers. */
public record PkContentInput(@NotNull @Valid List<@NotNull Indicator> indicators,
                             @Valid List<@NotNull Budget> budgets,
                             @PositiveOrZero @Digits(integer = 18, fraction = 2) BigDecimal reportedTotal) {

    public record Indicator(@NotBlank @Size(max = 64) @Pattern(regexp = Codes.CODE, message = "letters, digits, '.', '_' or '-'") String indicatorCode, BigDecimal target, @Size(max = 32) String targetCategory) {
    }

    public record Budget(@NotBlank @Size(max = 64) @Pattern(regexp = Codes.CODE, message = "letters, digits, '.', '_' or '-'") String budgetCode,
                         @NotNull @PositiveOrZero @Digits(integer = 18, fraction = 2) BigDecimal amount,
                         @Size(max = 255) String note) {
    }
}
