package id.kinerja.planning.rest.input;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * BAB I of the LKjIP: what the agency is (legal basis, address, tugas, fungsi, head) and its staff and strategic
 * issues as of the year. Staff tables are category → count; their totals are computed, never sent.
 */
@Schema(description = "Organisation profile of an agency-year (BAB I of the LKjIP)")
public record OrganisationProfileInput(
        @Size(max = 1000) @Schema(examples = "Peraturan Wali Kota Dumai Nomor 41 Tahun 2022") String legalBasis,
        @Size(max = 500) @Schema(examples = "Jalan Kesehatan No. 5, Teluk Binjai, Dumai Timur, Dumai, Riau 28813")
        String address,
        @Size(max = 4000) String tugas,
        @Size(max = 50) List<@NotBlank @Size(max = 1000) String> fungsi,
        @Valid PartyInput head,
        @Size(max = 50) @Valid List<@NotNull StaffCount> staffByGolongan,
        @Size(max = 50) @Valid List<@NotNull StaffCount> staffByEducation,
        @Size(max = 50) @Valid List<@NotNull StaffCount> staffByGrade,
        @Size(max = 50) List<@NotBlank @Size(max = 1000) String> isuStrategis) {

    /** One row of a staff table. */
    public record StaffCount(@NotBlank @Size(max = 128) @Schema(examples = "III") String category,
                             @NotNull @Min(0) @Max(1_000_000) Integer count) {
    }
}
