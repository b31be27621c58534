package id.kinerja.planning.rest.input;

import id.kinerja.events.plan.QuarterMode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.util.List;

/** Rencana aksi of one PK indicator: TW I-IV targets, incremental or cumulative. */
public record QuarterlyTargetInput(@NotBlank String pkCode, @NotBlank String indicatorCode, @NotNull QuarterMode mode,
                                   @NotEmpty @Valid List<@NotNull Quarter> targets) {

    public record Quarter(@NotNull @Min(1) @Max(4) Integer quarter, @NotNull BigDecimal target) {
    }
}
