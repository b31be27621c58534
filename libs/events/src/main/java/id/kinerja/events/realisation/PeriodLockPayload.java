package id.kinerja.events.realisation;

/** A period (tenant, year, quarter) was locked or unlocked. */
public record PeriodLockPayload(int year, int quarter, boolean locked, String reason, String actor) {
}
