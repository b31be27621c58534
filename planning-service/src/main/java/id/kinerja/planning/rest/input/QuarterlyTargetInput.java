package id.kinerja.planning.rest.input;

import jakarta.validation.constraints.Pattern;
import id.kinerja.commons.Codes;
import jakarta.validation.constraints.Size;
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
public record QuarterlyTargetInput(@NotBlank @Size(max = 64) @Pattern(regexp = Codes.CODE, message = "letters, digits, '.', '_' or '-'") String pkCode,
                                   @NotBlank @Size(max = 64) @Pattern(regexp = Codes.CODE, message = "letters, digits, '.', '_' or '-'") String indicatorCode, @NotNull QuarterMode mode,
                                   @NotEmpty @Valid List<@NotNull Quarter> targets) {

    public record Quarter(@NotNull @Min(1) @Max(4) Integer quarter, @NotNull BigDecimal target) {
    }
}
