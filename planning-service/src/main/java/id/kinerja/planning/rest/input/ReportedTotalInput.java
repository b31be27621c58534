package id.kinerja.planning.rest.input;

import id.kinerja.events.plan.BudgetVersion;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** A total as a printed document states it (e.g. "Tabel III.10"); compared with the computed total, never used. */
public record ReportedTotalInput(@NotNull BudgetVersion version,
                                 @NotNull @PositiveOrZero @Digits(integer = 18, fraction = 2) BigDecimal amount,
                                 @Size(max = 255) String source) {
}
