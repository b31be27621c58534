package id.kinerja.events.realisation;

import java.math.BigDecimal;

/** State of the spending (Rupiah, in the quarter) and cumulative physical progress of a sub-kegiatan. */
public record BudgetRealisationPayload(String agencyCode, String subKegiatanCode, int year, int quarter,
                                       BigDecimal amount, BigDecimal physicalProgress, String overPaguReason,
                                       RealisationStatus status, String statusComment, String updatedBy) {
}
