package id.kinerja.events.planning;

import id.kinerja.events.plan.QuarterMode;
import id.kinerja.events.plan.Quarters;

/** Rencana aksi: the quarterly targets of one PK indicator. */
public record QuarterlyTargetPayload(String agencyCode, int year, String pkCode, String indicatorCode,
                                     QuarterMode mode, Quarters quarters) {
}
