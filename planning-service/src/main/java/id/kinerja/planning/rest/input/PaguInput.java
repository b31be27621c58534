package id.kinerja.planning.rest.input;

import id.kinerja.events.plan.BudgetVersion;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;

/** Pagu of a leaf node in one budget version (Rupiah, at most two decimals). */
public record PaguInput(@NotNull BudgetVersion version,
                        @NotNull @PositiveOrZero @Digits(integer = 18, fraction = 2) BigDecimal amount,
                        @PositiveOrZero @Digits(integer = 18, fraction = 2) BigDecimal belanjaOperasi,
                        @PositiveOrZero @Digits(integer = 18, fraction = 2) BigDecimal belanjaModal) {
}
