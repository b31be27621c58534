package id.kinerja.planning.rest.input;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** A value (or, for qualitative indicators, a category) for a year. */
public record TargetInput(@Min(2000) @Max(2100) Integer year, BigDecimal value, @Size(max = 32) String category) {
}
