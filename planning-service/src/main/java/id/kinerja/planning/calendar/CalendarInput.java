package id.kinerja.planning.calendar;

import id.kinerja.events.planning.ReportingCalendarPayload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(description = "Reporting deadlines in days after each quarter's end (indicator and budget realisations, "
        + "per workflow step) and early-warning thresholds; budget and thresholds default when left out")
public record CalendarInput(@NotNull @Valid Deadlines indicator, @Valid Deadlines budget,
                            @Valid Thresholds thresholds, @Size(max = 1000) String note) {

    public record Deadlines(@NotNull @Min(0) @Max(366) Integer submittedDays,
                            @NotNull @Min(0) @Max(366) Integer verifiedDays,
                            @NotNull @Min(0) @Max(366) Integer approvedDays) {
        ReportingCalendarPayload.Deadlines toEvent() {
            return new ReportingCalendarPayload.Deadlines(submittedDays, verifiedDays, approvedDays);
        }
    }

    @Schema(description = "percentage points; projectedCapaianBelow is a capaian in percent")
    public record Thresholds(@NotNull @DecimalMin("0") @DecimalMax("1000") BigDecimal behindRencanaAksiPoints,
                             @NotNull @DecimalMin("0") @DecimalMax("1000") BigDecimal absorptionBehindPoints,
                             @NotNull @DecimalMin("0") @DecimalMax("1000") BigDecimal keuanganAheadOfFisikPoints,
                             @NotNull @DecimalMin("0") @DecimalMax("1000") BigDecimal projectedCapaianBelow) {
        ReportingCalendarPayload.Thresholds toEvent() {
            return new ReportingCalendarPayload.Thresholds(id.kinerja.events.Numbers.norm(behindRencanaAksiPoints),
                    id.kinerja.events.Numbers.norm(absorptionBehindPoints),
                    id.kinerja.events.Numbers.norm(keuanganAheadOfFisikPoints),
                    id.kinerja.events.Numbers.norm(projectedCapaianBelow));
        }
    }
}
