package id.kinerja.planning.rest.input;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A Perubahan PK: a new version with its date and reason. */
public record AmendmentInput(@NotNull LocalDate dated, @NotBlank @Size(max = 1000) String reason,
                             @NotNull @Valid PkContentInput content) {
}
