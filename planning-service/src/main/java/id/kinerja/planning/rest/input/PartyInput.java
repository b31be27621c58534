package id.kinerja.planning.rest.input;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Pihak pertama / kedua of a PK. */
public record PartyInput(@Pattern(regexp = "^[0-9 ]{8,24}$", message = "digits only") String nip,
                         @NotBlank @Size(max = 255) String name,
                         @NotBlank @Size(max = 255) String position,
                         @Size(max = 128) String rank) {
}
